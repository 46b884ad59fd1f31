import Foundation
import Testing
import WaybillStore

@Suite struct RetryPolicyTests {
    @Test func defaultScheduleIsOneFourSixteenThenDeadLetter() {
        let policy = RetryPolicy.default
        #expect(policy.baseDelay(afterAttempt: 1) == .seconds(1))
        #expect(policy.baseDelay(afterAttempt: 2) == .seconds(4))
        #expect(policy.baseDelay(afterAttempt: 3) == .seconds(16))
        #expect(policy.baseDelay(afterAttempt: 4) == nil)
        var random = SeededRandom(seed: 3)
        #expect(policy.delay(afterAttempt: 4, using: &random) == nil)
    }

    @Test(arguments: [1, 2, 3])
    func jitterStaysWithinBoundsAndVaries(attempt: Int) throws {
        let policy = RetryPolicy.default
        let base = try #require(policy.baseDelay(afterAttempt: attempt)).timeInterval
        var random = SeededRandom(seed: UInt64(attempt))
        var seen = Set<Int64>()
        for _ in 0..<2000 {
            let delay = try #require(policy.delay(afterAttempt: attempt, using: &random)).timeInterval
            #expect(delay >= base * 0.8 - 0.001)
            #expect(delay <= base * 1.2 + 0.001)
            seen.insert(Int64(delay * 1000))
        }
        #expect(seen.count > 100, "jitter must spread retries")
    }

    @Test func serverRetryAfterIsAFloor() throws {
        var random = SeededRandom(seed: 9)
        let delay = try #require(RetryPolicy.default.delay(afterAttempt: 1, retryAfter: .seconds(90), using: &random))
        #expect(delay == .seconds(90))
        let short = try #require(RetryPolicy(jitter: 0).delay(afterAttempt: 2, retryAfter: .seconds(1), using: &random))
        #expect(short == .seconds(4))
    }

    @Test func sameSeedSameDelays() {
        var a = SeededRandom(seed: 42)
        var b = SeededRandom(seed: 42)
        let policy = RetryPolicy.exponentialJitter(initialDelay: .milliseconds(500), multiplier: 2, maxAttempts: 6)
        for attempt in 1...5 {
            #expect(policy.delay(afterAttempt: attempt, using: &a) == policy.delay(afterAttempt: attempt, using: &b))
        }
    }

    @Test func maxDelayCapsTheBackoff() {
        let policy = RetryPolicy(initialDelay: .seconds(10), multiplier: 10, maxAttempts: 10, maxDelay: .seconds(60))
        #expect(policy.baseDelay(afterAttempt: 5) == .seconds(60))
    }
}

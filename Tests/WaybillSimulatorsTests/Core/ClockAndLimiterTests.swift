import Foundation
import Testing
import WaybillSimulators

@Suite struct ClockAndLimiterTests {
    @Test func manualClockSetsAdvancesAndWakesSleepers() async {
        let clock = SimulatorClock.manual(at: Date(timeIntervalSince1970: 1_000))
        clock.advance(by: 30)
        #expect(clock.now() == Date(timeIntervalSince1970: 1_030))
        let sleeper = Task { await clock.sleep(seconds: 60) }
        await clock.waitForSleepers(1)
        clock.advance(by: 59)
        #expect(clock.pendingSleepers == 1)
        clock.advance(by: 1)
        await sleeper.value
        #expect(clock.pendingSleepers == 0)
    }

    @Test func fixedWindowCountsDownAndResets() {
        var limiter = FixedWindowLimiter(limit: 3, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        #expect(limiter.take(now: start).remaining == 2)
        #expect(limiter.take(now: start.addingTimeInterval(10)).remaining == 1)
        let third = limiter.take(now: start.addingTimeInterval(20))
        #expect(third.remaining == 0 && third.allowed)
        let rejected = limiter.take(now: start.addingTimeInterval(30))
        #expect(!rejected.allowed)
        #expect(rejected.retryAfterSeconds == 30)
        #expect(limiter.take(now: start.addingTimeInterval(60)).remaining == 2)
    }

    @Test func slidingWindowFreesOldestSlot() {
        var limiter = SlidingWindowLimiter(limit: 2, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        _ = limiter.take(now: start)
        _ = limiter.take(now: start.addingTimeInterval(30))
        let rejected = limiter.take(now: start.addingTimeInterval(40))
        #expect(!rejected.allowed && rejected.retryAfterSeconds == 20)
        #expect(limiter.take(now: start.addingTimeInterval(60)).allowed)
    }

    @Test func leakyBucketFillsAndLeaks() {
        var bucket = LeakyBucket(capacity: 40, leakPerSecond: 2)
        let start = Date(timeIntervalSince1970: 0)
        for expected in 1...40 { #expect(bucket.take(now: start).used == expected) }
        let rejected = bucket.take(now: start)
        #expect(!rejected.allowed && rejected.retryAfter == 0.5)
        let later = bucket.take(now: start.addingTimeInterval(5))
        #expect(later.allowed && later.used == 31)
    }

    @Test func seededRandomIsRepeatable() {
        var first = SeededRandom(seed: 7)
        var second = SeededRandom(seed: 7)
        let a = (0..<5).map { _ in first.next() }
        #expect(a == (0..<5).map { _ in second.next() })
        #expect(Set(a).count == 5)
    }
}

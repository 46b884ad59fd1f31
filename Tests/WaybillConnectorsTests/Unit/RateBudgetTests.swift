import Foundation
import Testing
@testable import WaybillConnectors

/// Starts `count` tasks that each acquire once and record the clock offset of their grant.
private func startCallers(
    _ count: Int, budget: RateBudget<ManualClock>, clock: ManualClock, grants: Locked<[Duration]>
) -> [Task<Void, any Error>] {
    (0..<count).map { _ in
        Task {
            try await budget.acquire()
            let at = clock.now.offset
            grants.withLock { $0.append(at) }
        }
    }
}

/// Advances in `step`s until `total` grants happened or `limit` time has passed.
private func run(clock: ManualClock, grants: Locked<[Duration]>, total: Int, step: Duration, limit: Duration) async {
    var elapsed = Duration.zero
    while elapsed <= limit {
        _ = await settle { grants.withLock { $0.count } + clock.sleeperCount >= total }
        if grants.withLock({ $0.count }) >= total { return }
        clock.advance(by: step)
        elapsed += step
    }
}

@Suite struct RateBudgetTests {
    @Test func windowOf40PerMinuteIsNeverExceededAndFullyUsed() async {
        let clock = ManualClock()
        let budget = RateBudget(RateLimitDescriptor(policy: .window(limit: 40, window: .seconds(60))), clock: clock)
        let grants = Locked<[Duration]>([])
        _ = startCallers(100, budget: budget, clock: clock, grants: grants)
        await run(clock: clock, grants: grants, total: 100, step: .seconds(1), limit: .seconds(300))
        let times = grants.withLock { $0 }.sorted()
        #expect(times.count == 100)
        for (index, start) in times.enumerated() {
            let inWindow = times[index...].prefix { $0 < start + .seconds(60) }.count
            #expect(inWindow <= 40)
        }
        // Fully used: 40 at once, 40 a minute later, the rest two minutes later.
        #expect(times.filter { $0 == .zero }.count == 40)
        #expect(times.filter { $0 == .seconds(60) }.count == 40)
        #expect(times.last == .seconds(120))
    }

    @Test func windowMarginSpacesTheNextWindow() async throws {
        let clock = ManualClock()
        let budget = RateBudget(RateLimitDescriptor(policy: .window(limit: 2, window: .seconds(60)), windowMargin: .seconds(1)), clock: clock)
        try await budget.acquire()
        try await budget.acquire()
        #expect(await budget.currentWait() == .seconds(61))
    }

    @Test func serverRemainingAndResetHeadersPauseUntilReset() async throws {
        let clock = ManualClock()
        let descriptor = RateLimitDescriptor(
            policy: .window(limit: 40, window: .seconds(60)), limitHeader: "X-Rate-Limit-Limit",
            remainingHeader: "X-Rate-Limit-Remaining", resetHeader: "X-Rate-Limit-Reset")
        let budget = RateBudget(descriptor, clock: clock)
        try await budget.acquire()
        await budget.observe(status: 200, headers: ["X-Rate-Limit-Limit": "40", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "12"])
        #expect(await budget.currentWait() == .seconds(12))
        clock.advance(by: .seconds(12))
        #expect(await budget.currentWait() == nil)
    }

    @Test func a429WithRetryAfterPausesEveryCaller() async {
        let clock = ManualClock()
        let budget = RateBudget(RateLimitDescriptor(policy: .window(limit: 150, window: .seconds(60))), clock: clock)
        await budget.observe(status: 429, headers: ["Retry-After": "5"])
        let grants = Locked<[Duration]>([])
        _ = startCallers(10, budget: budget, clock: clock, grants: grants)
        #expect(await settle { clock.sleeperCount == 10 })
        clock.advance(by: .seconds(4))
        #expect(grants.withLock { $0.count } == 0)
        clock.advance(by: .seconds(1))
        #expect(await settle { grants.withLock { $0.count } == 10 })
        #expect(grants.withLock { $0 }.allSatisfy { $0 == .seconds(5) })
        #expect(await budget.statistics.rateLimited == 1)
        #expect(await budget.statistics.waited == 10)
    }

    @Test func shipbobRemainingCallsAndXRetryAfter() async {
        let clock = ManualClock()
        let descriptor = RateLimitDescriptor(policy: .window(limit: 150, window: .seconds(60)), remainingHeader: "x-remaining-calls")
        let budget = RateBudget(descriptor, clock: clock)
        await budget.observe(status: 429, headers: ["x-retry-after": "25", "x-remaining-calls": "0"])
        #expect(await budget.currentWait() == .seconds(25))
    }

    @Test func shopifyLeakyBucketFollowsCallLimitHeader() async throws {
        let clock = ManualClock()
        let descriptor = RateLimitDescriptor(policy: .leakyBucket(capacity: 40, leakPerSecond: 2), usedOverLimitHeader: "X-Shopify-Shop-Api-Call-Limit")
        let budget = RateBudget(descriptor, clock: clock)
        await budget.observe(status: 200, headers: ["X-Shopify-Shop-Api-Call-Limit": "39/40"])
        try await budget.acquire()  // 39 + 1 = 40: still fits
        #expect(await budget.currentWait() == .milliseconds(500))  // one slot leaks in 1/2 s
        clock.advance(by: .milliseconds(500))
        #expect(await budget.currentWait() == nil)
    }

    @Test func callLimitHeaderCountsRequestsStillInFlight() async throws {
        let clock = ManualClock()
        let descriptor = RateLimitDescriptor(policy: .leakyBucket(capacity: 40, leakPerSecond: 2), usedOverLimitHeader: "X-Shopify-Shop-Api-Call-Limit")
        let budget = RateBudget(descriptor, clock: clock)
        for _ in 0..<4 { try await budget.acquire() }  // four requests sent together
        // The first answer: another app had used 36; the server has counted only this request.
        await budget.observe(status: 200, headers: ["X-Shopify-Shop-Api-Call-Limit": "37/40"])
        // 37 + the 3 still in flight = 40: the next request waits for one slot to leak.
        #expect(await budget.currentWait() == .milliseconds(500))
        await budget.abandon()  // one of them failed on the wire: not counted twice later
        await budget.observe(status: 200, headers: ["X-Shopify-Shop-Api-Call-Limit": "38/40"])
        #expect(await budget.currentWait() == .milliseconds(500))
    }

    @Test func leakyBucketSustainsTheLeakRate() async {
        let clock = ManualClock()
        let budget = RateBudget(RateLimitDescriptor(policy: .leakyBucket(capacity: 40, leakPerSecond: 2)), clock: clock)
        let grants = Locked<[Duration]>([])
        _ = startCallers(60, budget: budget, clock: clock, grants: grants)
        await run(clock: clock, grants: grants, total: 60, step: .milliseconds(500), limit: .seconds(60))
        let times = grants.withLock { $0 }
        #expect(times.count == 60)
        #expect(times.filter { $0 == .zero }.count == 40)  // the bucket's burst
        #expect(times.max() == .seconds(10))  // then 2 per second
    }

    @Test func cancelledWaiterThrows() async {
        let clock = ManualClock()
        let budget = RateBudget(RateLimitDescriptor(policy: .window(limit: 1, window: .seconds(60))), clock: clock)
        try? await budget.acquire()
        let waiter = Task { try await budget.acquire() }
        #expect(await settle { clock.sleeperCount == 1 })
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
    }
}

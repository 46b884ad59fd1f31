import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Issue 5, ShipBob 6: 150 requests per minute; a 429 with `x-retry-after` is waited out and
/// nothing is lost.
@Suite("ShipBob 6: rate limit", .serialized)
struct ShipBobRateLimitTests {
    @Test("a forced 429 (x-retry-after: 1) is waited out: every product arrives once, no dead letter")
    func forced429() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        bob.environment.faults.add(FaultRule(kind: .rateLimit(retryAfter: 1), count: 1, pathPrefix: "/2026-01/product",
                                             method: "POST"))
        try await sandbox.runOnce(["shipbob-products"])
        let calls = ShipBobFixtures.apiCalls(bob)
        let limited = try #require(calls.firstIndex { $0.status == 429 })
        #expect(calls.filter { $0.status == 429 }.count == 1)
        // The same create is sent again, no earlier than the server asked.
        let retry = try #require(calls[(limited + 1)...].first { $0.method == "POST" && $0.path == "/2026-01/product" })
        #expect(retry.status == 201)
        #expect(retry.time.timeIntervalSince(calls[limited].time) >= 0.95)
        let furniture = bob.environment.records.filter("products") { ($0["sku"]?.stringValue ?? "").hasPrefix("FURN_") }
        #expect(furniture.count == ShipBobProductsTests.odooCodes.count)
        #expect(Set(furniture.compactMap { $0["sku"]?.stringValue }).count == furniture.count)
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("the connection's budget is ShipBob's: 150 per minute, remaining read from x-remaining-calls")
    func budget() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let limit = try #require(sandbox.plan.systems["shipbob"]?.rateLimit)
        #expect(limit.requests == 150)
        #expect(limit.headers.remaining == "x-remaining-calls")
        #expect(limit.retryAfter == "x-retry-after")
    }
}

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
        // Every caller pauses for the server's x-retry-after: in the second after the 429 only
        // requests the other workers had already sent may still arrive (how late they arrive
        // depends on the machine's load, so they are bounded by count, not by time); the refused
        // create is sent again once the second has passed.
        let refusedAt = calls[limited].time
        let during = calls[(limited + 1)...].filter { $0.time.timeIntervalSince(refusedAt) < 0.95 }
        #expect(during.count <= sandbox.options.workers - 1, "\(during.map { "\($0.method) \($0.path)" })")
        let creates = calls.filter { $0.method == "POST" && $0.path == "/2026-01/product" && $0.status == 201 }
        #expect(creates.count == ShipBobProductsTests.odooCodes.count)
        let last = try #require(creates.last)
        #expect(last.time.timeIntervalSince(refusedAt) >= 0.95)
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

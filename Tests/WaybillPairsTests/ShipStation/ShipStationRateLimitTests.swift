import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators

/// Behaviour 6: ShipStation V1 rate limits (40 per minute, `X-Rate-Limit-*` headers, 429 with
/// `X-Rate-Limit-Reset`).
@Suite("ShipStation rate limits")
struct ShipStationRateLimitTests {
    /// Puts the ten Odoo SKUs into ShipStation so `shipstation-products` makes 20 V1 calls
    /// (a find and a PUT per product).
    static func seedProducts(_ pair: ShipStationPair) {
        for (index, sku) in ShipStationProductsTests.skus.enumerated() {
            pair.putProduct(id: 40_000_001 + index, sku: sku, name: "old \(sku)")
        }
    }

    /// Makes `count` V1 calls of its own (GET /warehouses) with the pack's credentials.
    static func consume(_ pair: ShipStationPair, _ count: Int) async throws {
        let url = try #require(URL(string: "\(pair.ship.environment.baseURL)/warehouses"))
        var request = URLRequest(url: url)
        let basic = Data("\(pair.ship.apiKey):\(pair.ship.apiSecret)".utf8).base64EncodedString()
        request.setValue("Basic \(basic)", forHTTPHeaderField: "Authorization")
        for _ in 0..<count {
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
        }
    }

    @Test("the X-Rate-Limit headers steer the pace: a nearly spent window is waited out, never a 429")
    func headersSteer() async throws {
        // ShipStation's clock starts 59 s in the past: 37 of the 40 calls of the current window are
        // spent there, then the clock follows the wall clock again, leaving 3 calls and ~1 s.
        let pair = try await ShipStationPair.start(manualClocks: ["shipstation": Date().addingTimeInterval(-59)])
        let clock = pair.ship.environment.clock
        defer { Task { await pair.stop() } }
        Self.seedProducts(pair)
        try await Self.consume(pair, 37)
        let windowStart = try #require(pair.v1Calls.first?.time)
        clock.useRealTime()

        try await pair.sandbox.runOnce(["shipstation-products"])

        let counters = pair.ship.environment.calls.counters
        #expect(counters["status_429"]?.intValue == 0)
        #expect(counters["rate_limited"]?.intValue == 0)
        // No 60-second window saw more than 40 V1 calls, counting the 37 made before.
        let times = pair.v1Calls.map(\.time).sorted()
        #expect(times.filter { $0 < windowStart.addingTimeInterval(60) }.count <= 40)
        for (index, start) in times.enumerated() {
            #expect(times[index...].prefix { $0 < start.addingTimeInterval(60) }.count <= 40)
        }
        #expect(pair.calls.filter { $0.method == "PUT" && $0.status == 200 }.count == 10)
        let renamed = pair.records.all("products").filter { ($0["name"]?.stringValue ?? "").hasPrefix("old ") }
        #expect(renamed.isEmpty)
        #expect(try await pair.sandbox.deadLetters().isEmpty)
    }

    @Test("a forced 429 waits for X-Rate-Limit-Reset and loses or duplicates nothing")
    func forced429() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        Self.seedProducts(pair)
        pair.ship.environment.faults.add(FaultRule(kind: .rateLimit(retryAfter: 1), count: 1, pathPrefix: "/products/",
                                                   method: "PUT"))
        pair.resetCalls()

        try await pair.sandbox.runOnce(["shipstation-products"])

        let counters = pair.ship.environment.calls.counters
        #expect(counters["status_429"]?.intValue == 1)               // the forced one, and no second
        #expect(counters["rate_limited"]?.intValue == 0)
        let puts = pair.calls.filter { $0.method == "PUT" }
        #expect(puts.filter { $0.status == 200 }.count == 10)          // every product written once
        #expect(Set(puts.filter { $0.status == 200 }.map(\.path)).count == 10)
        // The retry after the 429 waited at least the reset second.
        let limited = try #require(puts.first { $0.status == 429 })
        let retry = try #require(puts.first { $0.path == limited.path && $0.status == 200 && $0.sequence > limited.sequence })
        #expect(retry.time.timeIntervalSince(limited.time) >= 0.9)
        let stale = pair.records.all("products").filter { ($0["name"]?.stringValue ?? "").hasPrefix("old ") }
        #expect(stale.isEmpty)
        #expect(pair.records.count("products") == 6 + 10)               // demo products + ours, none added
        #expect(try await pair.sandbox.deadLetters().isEmpty)
    }
}

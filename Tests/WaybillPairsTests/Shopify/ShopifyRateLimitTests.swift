import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 7: the leaky bucket of 40 read from X-Shopify-Shop-Api-Call-Limit, and a
/// 429 that waits for Retry-After and loses nothing (issue 6).
@Suite("Shopify rate limits", .serialized)
struct ShopifyRateLimitTests {
    /// Stock for every linked product in WH, so the inventory flow makes one call per product.
    private func stockEverything(_ fixture: ShopifyFixture) throws -> [String] {
        let stock = try #require(try StoreTestSupport.odooRecords(fixture.sandbox, "stock.warehouse", [["code", "=", "WH"]],
                                                                  fields: ["lot_stock_id"]).first?.many2oneID("lot_stock_id"))
        let skus = ["WB-MUG-001", "WB-TEE-BLK-M", "WB-TEE-BLK-L", "WB-CAP-NVY", "WB-BOTTLE-750", "WB-NOTE-A5", "MUG-011"]
        for (index, sku) in skus.enumerated() {
            try StoreTestSupport.odooCreate(fixture.sandbox, "stock.quant", [
                "product_id": .int(try #require(fixture.products[sku])), "location_id": .int(stock),
                "quantity": .double(Double(100 + index))])
        }
        return skus
    }

    private func expectAllLevels(_ fixture: ShopifyFixture, _ skus: [String]) throws {
        for (index, sku) in skus.enumerated() {
            let item = try #require(try fixture.variant(sku: sku == "MUG-011" ? "MUG-11OZ" : sku)["inventory_item_id"]?.intValue)
            let level = fixture.shop.environment.records.get("inventory_levels", id: "\(item)|\(fixture.location)")
            #expect(level?["available"]?.intValue == 100 + index - 20, "\(sku)")
        }
    }

    @Test("an injected 429 waits Retry-After, then the call is repeated and nothing is lost")
    func retryAfter() async throws {
        let fixture = try await ShopifyFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let skus = try stockEverything(fixture)
        fixture.shop.environment.faults.add(FaultRule(kind: .rateLimit(retryAfter: 1), count: 1,
                                                      pathPrefix: "/admin/api/2025-07/inventory_levels/set.json"))
        try await fixture.sandbox.runOnce(["shopify-inventory"])
        try expectAllLevels(fixture, skus)
        let sets = fixture.shop.environment.calls.calls.filter { $0.path.hasSuffix("/inventory_levels/set.json") }
        let refused = try #require(sets.first { $0.status == 429 })
        #expect(sets.filter { $0.status == 200 }.count == skus.count)
        // Every call after the 429 waited at least the second Shopify asked for.
        let later = sets.filter { $0.sequence > refused.sequence }
        // Calls already on the wire when the 429 came back (at most one per other worker) could
        // not be held; every call after them waited the second Shopify asked for.
        let inFlight = fixture.sandbox.options.workers - 1
        #expect(later.count > inFlight)
        #expect(later.dropFirst(inFlight).allSatisfy { $0.time.timeIntervalSince(refused.time) >= 0.95 })
        try await StoreTestSupport.expectNoDeadLetters(fixture.sandbox)
    }

    @Test("with the bucket nearly full (36/40) the engine paces itself from the call-limit header")
    func leakyBucket() async throws {
        let fixture = try await ShopifyFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let skus = try stockEverything(fixture)
        // Another app of the shop used 36 of the 40 calls just now (as its last answer says).
        var used = 0
        while used < 36 {
            let answer = try await StoreTestSupport.request("GET", "\(fixture.api)/locations.json", headers: fixture.auth)
            used = Int(answer.headers["x-shopify-shop-api-call-limit"]?.split(separator: "/").first ?? "") ?? 40
        }
        let start = Date()
        try await fixture.sandbox.runOnce(["shopify-inventory"])
        try expectAllLevels(fixture, skus)
        let sets = fixture.shop.environment.calls.calls.filter { $0.path.hasSuffix("/inventory_levels/set.json") }
        #expect(sets.filter { $0.status == 200 }.count == skus.count)
        let counters = fixture.shop.environment.calls.counters
        #expect(counters["rate_limited"]?.intValue == 0, "\(counters)")
        // 36 + 7 calls need slots to leak at 2 per second: the engine waited for them instead of
        // being refused (how long depends on how much leaked while Odoo was read, so only an upper
        // bound is checked).
        #expect(Date().timeIntervalSince(start) < 10)
        try await StoreTestSupport.expectNoDeadLetters(fixture.sandbox)
    }
}

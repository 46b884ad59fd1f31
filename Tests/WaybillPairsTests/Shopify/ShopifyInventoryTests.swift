import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 2: Odoo on-hand → inventory_levels/set per mapped location minus the
/// location's buffer, never below 0 (issue 6).
@Suite("Shopify inventory", .serialized)
struct ShopifyInventoryTests {
    @Test("500 on hand with a buffer of 20 shows 480; 5 on hand shows 0; an unchanged level makes no call")
    func levels() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let stock = try #require(try StoreTestSupport.odooRecords(sandbox, "stock.warehouse", [["code", "=", "WH"]],
                                                                  fields: ["lot_stock_id"]).first?.many2oneID("lot_stock_id"))
        let shelf = try #require(try StoreTestSupport.odooRecords(sandbox, "stock.location", [["location_id", "=", .int(stock)]])
            .first?["id"]?.intValue)
        // 480 + 20 in two internal locations of WH, and 5 of the cap.
        for (sku, location, quantity) in [("WB-MUG-001", stock, 480.0), ("WB-MUG-001", shelf, 20.0), ("WB-CAP-NVY", stock, 5.0)] {
            try StoreTestSupport.odooCreate(sandbox, "stock.quant", [
                "product_id": .int(try #require(fixture.products[sku])), "location_id": .int(location), "quantity": .double(quantity)])
        }
        try await sandbox.runOnce(["shopify-inventory"])

        func level(_ sku: String) throws -> Int? {
            let item = try #require(try fixture.variant(sku: sku)["inventory_item_id"]?.intValue)
            return fixture.shop.environment.records.get("inventory_levels", id: "\(item)|\(fixture.location)")?["available"]?.intValue
        }
        #expect(try level("WB-MUG-001") == 480)
        #expect(try level("WB-CAP-NVY") == 0)
        let sets = { fixture.shop.environment.calls.calls.filter { $0.path.hasSuffix("/inventory_levels/set.json") } }
        #expect(sets().count == 2)
        #expect(sets().allSatisfy { $0.status == 200 })

        // Nothing changed in Odoo: the next run sends nothing. Then 30 more mugs arrive: one call.
        try await sandbox.runOnce(["shopify-inventory"])
        #expect(sets().count == 2)
        try StoreTestSupport.odooCreate(sandbox, "stock.quant", [
            "product_id": .int(try #require(fixture.products["WB-MUG-001"])), "location_id": .int(stock), "quantity": 30.0])
        try await sandbox.runOnce(["shopify-inventory"])
        #expect(try level("WB-MUG-001") == 510)
        #expect(sets().count == 3)
        try await StoreTestSupport.expectNoDeadLetters(sandbox)
    }
}

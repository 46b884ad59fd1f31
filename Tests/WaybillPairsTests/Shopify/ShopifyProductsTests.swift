import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 3: Odoo → Shopify for the fields Odoo owns (SKU, weight, cost, price);
/// title, description, images and SEO are never overwritten (issue 6).
@Suite("Shopify products", .serialized)
struct ShopifyProductsTests {
    @Test("price, weight, SKU and cost follow Odoo; the merchant's title, description, images and SEO stay")
    func ownedFields() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let variant = try fixture.variant(sku: "WB-MUG-001")
        let variantID = try #require(variant["id"]?.intValue)
        let productID = try #require(variant["product_id"]?.intValue)
        // The merchant's own copy in Shopify.
        let merchant: JSONValue = ["title": "The Enamel Mug", "body_html": "<p>Hand-dipped enamel.</p>",
                                   "images": [["src": "https://cdn.example.com/mug.jpg"]],
                                   "metafields_global_title_tag": "Enamel mug | Waybill",
                                   "metafields_global_description_tag": "A mug for campfires"]
        _ = fixture.shop.environment.records.update("products", id: String(productID)) { product in
            for (key, value) in merchant.objectValue ?? [:] { product[key] = value }
        }
        // Odoo changes the fields it owns.
        let odooID = try #require(fixture.products["WB-MUG-001"])
        _ = try sandbox.simulators.odoo.instance.executeKw(model: "product.product", method: "write", args: [[.int(odooID)], [
            "name": "Mug (Odoo name)", "list_price": 15.5, "weight": 0.45, "standard_price": 6.2,
            "default_code": "WB-MUG-001", "description_sale": "Odoo's sales description",
        ]])
        // The travel mug is sold as MUG-11OZ in Shopify (tables/sku_overrides.yaml): its price
        // follows Odoo, its Shopify SKU stays.
        _ = try sandbox.simulators.odoo.instance.executeKw(model: "product.product", method: "write", args: [
            [.int(try #require(fixture.products["MUG-011"]))], ["list_price": 11.0]])
        try await sandbox.runOnce(["shopify-products"])
        try await StoreTestSupport.expectNoDeadLetters(sandbox)
        let travel = try fixture.variant(sku: "MUG-11OZ")
        #expect(travel["price"]?.stringValue == "11.00")

        let updated = try #require(fixture.shop.environment.records.get("variants", id: String(variantID)))
        #expect(updated["price"]?.stringValue == "15.50")
        #expect(updated["weight"]?.doubleValue == 0.45)
        #expect(updated["weight_unit"]?.stringValue == "kg")
        #expect(updated["sku"]?.stringValue == "WB-MUG-001")
        let itemID = try #require(updated["inventory_item_id"]?.stringValue)
        #expect(fixture.shop.environment.records.get("inventory_items", id: itemID)?["cost"]?.stringValue == "6.20")
        let product = try #require(fixture.shop.environment.records.get("products", id: String(productID)))
        for (key, value) in merchant.objectValue ?? [:] {
            #expect(product[key] == value, "\(key)")
        }
        let calls = fixture.shop.environment.calls.calls
        #expect(!calls.contains { $0.path.contains("/products/") && $0.method != "GET" })
        #expect(calls.contains { $0.method == "PUT" && $0.path.hasSuffix("/variants/\(variantID).json") && $0.status == 200 })
        #expect(calls.contains { $0.method == "PUT" && $0.path.hasSuffix("/inventory_items/\(itemID).json") && $0.status == 200 })

        // Unchanged in Odoo: the next poll writes nothing.
        let writes = calls.filter { $0.method == "PUT" }.count
        try await sandbox.runOnce(["shopify-products"])
        #expect(fixture.shop.environment.calls.calls.filter { $0.method == "PUT" }.count == writes)
    }
}

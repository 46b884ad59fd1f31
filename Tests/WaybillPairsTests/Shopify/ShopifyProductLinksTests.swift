import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Linking Odoo products to Shopify variants by SKU (`shopify-product-links`): what makes
/// shopify-products and shopify-inventory work without anyone typing ids into Odoo.
@Suite("Shopify product links", .serialized)
struct ShopifyProductLinksTests {
    @Test("unlinked products get their variant and inventory item ids by SKU (and through sku_overrides); unknown SKUs stay unlinked")
    func links() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let odoo = sandbox.simulators.odoo.instance
        let linked = ["WB-MUG-001", "WB-CAP-NVY", "MUG-011"].compactMap { fixture.products[$0] }
        try #require(linked.count == 3)
        // Forget the links the fixture made, and add a product Shopify does not sell.
        _ = try odoo.executeKw(model: "product.product", method: "write", args: [.array(linked.map(OdooValue.int)), [
            "x_shopify_variant_id": false, "x_shopify_inventory_item_id": false]])
        let unknown = try StoreTestSupport.odooCreate(sandbox, "product.product", [
            "name": "Not sold online", "default_code": "WB-OFFLINE-1"])
        let listsBefore = fixture.shop.environment.calls.calls.filter { $0.path.hasSuffix("/products.json") }.count

        let callsBefore = fixture.shop.environment.calls.calls.count
        try await sandbox.runOnce(["shopify-product-links"])
        try await StoreTestSupport.expectNoDeadLetters(sandbox)

        for (sku, shopifySKU) in [("WB-MUG-001", "WB-MUG-001"), ("WB-CAP-NVY", "WB-CAP-NVY"), ("MUG-011", "MUG-11OZ")] {
            let variant = try fixture.variant(sku: shopifySKU)
            let odooID = try #require(fixture.products[sku])
            let product = try #require(try StoreTestSupport.odooRecords(
                sandbox, "product.product", [["id", "=", .int(odooID)]],
                fields: ["x_shopify_variant_id", "x_shopify_inventory_item_id"]).first)
            #expect(product["x_shopify_variant_id"]?.intValue == variant["id"]?.intValue, "\(sku)")
            #expect(product["x_shopify_inventory_item_id"]?.intValue == variant["inventory_item_id"]?.intValue, "\(sku)")
        }
        let offline = try #require(try StoreTestSupport.odooRecords(
            sandbox, "product.product", [["id", "=", .int(unknown)]], fields: ["x_shopify_variant_id"]).first)
        #expect(offline["x_shopify_variant_id"]?.isFalsy == true)
        // Shopify's product list was read once for the whole run (lookup cache), never written.
        let shopifyCalls = fixture.shop.environment.calls.calls
        #expect(shopifyCalls.filter { $0.path.hasSuffix("/products.json") }.count - listsBefore == 1)
        #expect(!shopifyCalls.dropFirst(callsBefore).contains { $0.method != "GET" })
        // Linked products are not read again; the unknown SKU stays in the work list.
        try await sandbox.runOnce(["shopify-product-links"])
        let odooWrites = sandbox.simulators.odoo.instance.rpcLog.calls.filter { $0.method == "write" }.count
        try await sandbox.runOnce(["shopify-product-links"])
        #expect(sandbox.simulators.odoo.instance.rpcLog.calls.filter { $0.method == "write" }.count == odooWrites)
    }
}

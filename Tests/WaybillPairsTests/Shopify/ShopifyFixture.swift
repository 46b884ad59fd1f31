import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// A running Odoo ↔ Shopify sandbox with the Odoo side set up as docs/pairs/odoo-shopify.md says:
/// the pack's custom fields (created by the sandbox), the store's products (internal reference = SKU, `MUG-011` for the
/// overridden `MUG-11OZ`) linked to their Shopify variants, and the two service products.
struct ShopifyFixture {
    let sandbox: Sandbox
    /// Odoo product ids by internal reference.
    let products: [String: Int]

    var shop: ShopifySimulator { sandbox.simulators.shopify! }  // started with the pack
    var api: String { shop.environment.baseURL + "/admin/api/2025-07" }
    var auth: [String: String] { ["X-Shopify-Access-Token": shop.accessToken] }
    var location: Int { 905_684_977 }

    static func start(odoo version: OdooVersion = .v19, workers: Int = 4) async throws -> ShopifyFixture {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-shopify"], odooVersion: version, workers: workers))
        let odoo = sandbox.simulators.odoo.instance
        // The sandbox created the pack's custom fields (the x_shopify_* fields of docs/pairs/odoo-shopify.md).
        var products = try StoreTestSupport.seedStoreProducts(sandbox, skus: [
            ("WB-MUG-001", "Waybill Enamel Mug", 14), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 22),
            ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 22), ("WB-CAP-NVY", "Waybill Cap Navy", 18.5),
            ("WB-BOTTLE-750", "Steel Bottle 750 ml", 27), ("WB-NOTE-A5", "Dot Grid Notebook A5", 9.75),
            ("MUG-011", "Travel Mug 11 oz", 10),
        ])
        for (code, name) in [("SHOPIFY-SHIPPING", "Shopify shipping"), ("SHOPIFY-TAX", "Tax (as computed by Shopify)")] {
            products[code] = try StoreTestSupport.odooCreate(sandbox, "product.product", [
                "name": .string(name), "default_code": .string(code), "type": "service"])
        }
        let fixture = ShopifyFixture(sandbox: sandbox, products: products)
        // The travel mug is sold in Shopify under another SKU (tables/sku_overrides.yaml).
        let created = try await StoreTestSupport.request("POST", "\(fixture.api)/products.json", json: ["product": [
            "title": "Travel Mug 11 oz", "variants": [["sku": "MUG-11OZ", "price": "10.00"]]]], headers: fixture.auth)
        #expect(created.status == 201)
        for variant in fixture.shop.environment.records.all("variants") {
            guard let sku = variant["sku"]?.stringValue, let id = products[sku == "MUG-11OZ" ? "MUG-011" : sku] else { continue }
            _ = try odoo.executeKw(model: "product.product", method: "write", args: [[.int(id)], [
                "x_shopify_variant_id": .int(variant["id"]?.intValue ?? 0),
                "x_shopify_inventory_item_id": .int(variant["inventory_item_id"]?.intValue ?? 0),
            ]])
        }
        return fixture
    }

    /// The Shopify variant with `sku`.
    func variant(sku: String) throws -> JSONValue {
        try #require(shop.environment.records.all("variants").first { $0["sku"]?.stringValue == sku })
    }

    /// Creates an order through the Admin API (as the storefront would); returns it.
    func createOrder(_ body: JSONValue) async throws -> JSONValue {
        let answer = try await StoreTestSupport.request("POST", "\(api)/orders.json", json: ["order": body], headers: auth)
        #expect(answer.status == 201, "POST /orders.json: \(answer.body)")
        return answer.body["order"] ?? .null
    }

    /// Sale orders Waybill made for Shopify order `id`.
    func saleOrders(shopify id: Int) throws -> [OdooDict] {
        try StoreTestSupport.odooRecords(sandbox, "sale.order", [["x_shopify_order_id", "=", .int(id)]],
                                         fields: ["name", "partner_id", "state", "amount_total", "amount_untaxed", "amount_tax",
                                                  "client_order_ref", "x_shopify_order_name", "order_line", "picking_ids"])
    }

    /// Lines of sale order `id`.
    func lines(sale id: Int) throws -> [OdooDict] {
        try StoreTestSupport.odooRecords(sandbox, "sale.order.line", [["order_id", "=", .int(id)]],
                                         fields: ["product_id", "product_uom_qty", "price_unit", "discount", "price_subtotal",
                                                  "tax_id", "x_shopify_line_item_id"])
    }
}

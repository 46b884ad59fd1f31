import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 1: orders/create → one confirmed sale.order (issue 6).
@Suite("Shopify orders", .serialized)
struct ShopifyOrdersTests {
    /// The order as Shopify sends it after checkout: three lines (one under an overridden SKU),
    /// a 10 % discount code allocated to the lines, 8 % tax computed per line, $10 shipping.
    static func checkoutPayload(_ fixture: ShopifyFixture, customer: JSONValue?, email: String) async throws -> JSONValue {
        let shipping: JSONValue = ["first_name": "Ada", "last_name": "Lovelace", "name": "Ada Lovelace", "address1": "10 Main St",
                                   "city": "Portland", "province_code": "OR", "zip": "97205", "country_code": "US",
                                   "phone": "555-0100"]
        // Shopify's own arithmetic: 10 % off each line, 8 % tax on the discounted line, rounded per line.
        let lines: [(String, Int, String, String)] = [("WB-MUG-001", 2, "2.80", "2.02"), ("WB-CAP-NVY", 1, "1.85", "1.33"),
                                                     ("MUG-11OZ", 1, "1.00", "0.72")]
        return try await fixture.createOrder([
            "email": .string(email), "customer": customer ?? .null, "shipping_address": shipping,
            "line_items": .array(try lines.map { sku, quantity, discount, tax in
                ["variant_id": try fixture.variant(sku: sku)["id"] ?? nil, "quantity": .int(quantity),
                 "discount_allocations": [["amount": .string(discount), "discount_application_index": 0]],
                 "tax_lines": [["title": "OR State Tax", "price": .string(tax), "rate": 0.08]]]
            }),
            "shipping_lines": [["title": "Standard", "price": "10.00", "code": "STANDARD"]],
            "discount_codes": [["code": "WELCOME10", "amount": "5.65", "type": "percentage"]],
            "tax_lines": [["title": "OR State Tax", "price": "4.07", "rate": 0.08]], "taxes_included": false,
        ])
    }

    @Test("three deliveries make one sale order: customer, SKU override, discounts, Shopify's taxes, cent-exact total",
          arguments: [OdooVersion.v17, .v19])
    func orderCreate(version: OdooVersion) async throws {
        let fixture = try await ShopifyFixture.start(odoo: version)
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let ada = try StoreTestSupport.odooCreate(sandbox, "res.partner", ["name": "Ada Lovelace", "email": "ada@example.com"])
        let payload = try await Self.checkoutPayload(
            fixture, customer: ["id": 7001, "email": "ADA@example.com", "first_name": "Ada", "last_name": "Lovelace"],
            email: "ada@example.com")
        #expect(payload["total_price"]?.stringValue == "64.92")
        let orderID = try #require(payload["id"]?.intValue)
        let deliveries = try await sandbox.fire("shopify", topic: "orders/create", resourceID: String(orderID), copies: 3)
        #expect(deliveries.map(\.responseStatus) == [200, 200, 200])
        #expect(Set(deliveries.compactMap { $0.headers.first { $0.name == "X-Shopify-Webhook-Id" }?.value }).count == 1)
        // The intake recognised the two repeats by their X-Shopify-Webhook-Id.
        #expect(sandbox.intake.metrics.value("waybill_webhooks_duplicate_total", ["tenant": "acme", "system": "shopify"]) == 2)
        try await sandbox.drain()

        let orders = try fixture.saleOrders(shopify: orderID)
        try #require(orders.count == 1)
        let sale = orders[0]
        #expect(sale.many2oneID("partner_id") == ada)
        #expect(sale["state"]?.stringValue == "sale")
        #expect(sale["x_shopify_order_name"]?.stringValue == payload["name"]?.stringValue)
        #expect(sale["amount_total"]?.doubleValue == 64.92)
        #expect(sale["amount_tax"]?.doubleValue == 0)
        let saleID = try #require(sale["id"]?.intValue)
        let lines = try fixture.lines(sale: saleID)
        #expect(lines.count == 5)
        let travel = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["MUG-011"] })
        #expect(travel["discount"]?.doubleValue == 10)
        #expect(travel["price_subtotal"]?.doubleValue == 9)
        let mug = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["WB-MUG-001"] })
        #expect(mug["product_uom_qty"]?.doubleValue == 2)
        #expect(mug["price_subtotal"]?.doubleValue == 25.2)
        #expect(lines.allSatisfy { ($0["tax_id"]?.arrayValue ?? []).isEmpty })
        let tax = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["SHOPIFY-TAX"] })
        #expect(tax["price_unit"]?.doubleValue == 4.07)
        #expect(lines.contains { $0.many2oneID("product_id") == fixture.products["SHOPIFY-SHIPPING"] && $0["price_unit"]?.doubleValue == 10 })
        // One create and one confirm reached Odoo for the three deliveries.
        let creates = StoreTestSupport.odooCalls(sandbox, model: "sale.order", method: "create")
        #expect(creates == 1)
        #expect(StoreTestSupport.odooCalls(sandbox, model: "sale.order", method: "action_confirm") == 1)
        StoreTestSupport.expectProtocol(sandbox, version)
    }

    @Test("a guest checkout creates the partner from the shipping address")
    func guestCheckout() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let payload = try await Self.checkoutPayload(fixture, customer: nil, email: "guest.buyer@example.com")
        let orderID = try #require(payload["id"]?.intValue)
        try await sandbox.fire("shopify", topic: "orders/create", resourceID: String(orderID))
        try await sandbox.drain()
        let partners = try StoreTestSupport.odooRecords(sandbox, "res.partner", [["email", "=ilike", "guest.buyer@example.com"]],
                                                        fields: ["name", "street", "city", "zip", "phone"])
        try #require(partners.count == 1)
        #expect(partners[0]["name"]?.stringValue == "Ada Lovelace")
        #expect(partners[0]["street"]?.stringValue == "10 Main St")
        #expect(partners[0]["city"]?.stringValue == "Portland")
        let sale = try #require(try fixture.saleOrders(shopify: orderID).first)
        #expect(sale.many2oneID("partner_id") == partners[0]["id"]?.intValue)
        #expect(sale["amount_total"]?.doubleValue == 64.92)
    }
}

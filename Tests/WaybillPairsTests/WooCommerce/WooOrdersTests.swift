import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// WooCommerce behaviour 2: orders → draft customer invoices (out_invoice) (issue 6).
@Suite("WooCommerce orders", .serialized)
struct WooOrdersTests {
    @Test("an order becomes one draft out_invoice; order.updated rewrites the same invoice",
          arguments: [OdooVersion.v17, .v19])
    func orderToInvoice(version: OdooVersion) async throws {
        let fixture = try await WooFixture.start(odoo: version)
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let ada = try StoreTestSupport.odooCreate(sandbox, "res.partner", ["name": "Ada Lovelace", "email": "ada@example.com"])
        let customer = try #require(fixture.woo.environment.records.all("customers")
            .first { $0["email"]?.stringValue == "ada@example.com" })
        let order = try await fixture.create("orders", [
            "customer_id": customer["id"] ?? 0, "status": "processing",
            "billing": ["first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"],
            "line_items": [
                ["product_id": try productID(fixture, "WB-MUG-001"), "quantity": 2],
                ["product_id": try productID(fixture, "WB-CAP-NVY"), "quantity": 1, "tax_class": "reduced-rate"],
            ],
        ])
        let orderID = try #require(order["id"]?.intValue)
        let created = try await sandbox.fire("woocommerce", topic: "order.created", resourceID: String(orderID))
        #expect(created.map(\.responseStatus) == [200])
        try await sandbox.drain()

        let invoices = try fixture.invoices(order: orderID)
        try #require(invoices.count == 1)
        let invoice = invoices[0]
        let invoiceID = try #require(invoice["id"]?.intValue)
        #expect(invoice["move_type"]?.stringValue == "out_invoice")
        #expect(invoice["state"]?.stringValue == "draft")
        #expect(invoice.many2oneID("partner_id") == ada)
        let createdGMT = try #require(order["date_created_gmt"]?.stringValue)
        #expect(invoice["invoice_date"]?.stringValue == String(createdGMT.prefix(10)))
        let lines = try fixture.lines(invoice: invoiceID).filter { $0.many2oneID("product_id") != nil }
        let mug = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["WB-MUG-001"] })
        #expect(mug["quantity"]?.doubleValue == 2)
        #expect(mug["price_unit"]?.doubleValue == 14)
        #expect(mug.many2oneID("account_id") == fixture.accounts["400000"])
        let cap = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["WB-CAP-NVY"] })
        #expect(cap["price_unit"]?.doubleValue == 18.5)
        #expect(cap.many2oneID("account_id") == fixture.accounts["400100"])
        #expect(invoice["amount_untaxed"]?.doubleValue == 46.5)

        // order.updated: the quantity changes; the same draft invoice follows, no second invoice.
        try await fixture.update("orders", id: orderID, ["line_items": [
            ["product_id": try productID(fixture, "WB-MUG-001"), "quantity": 3],
            ["product_id": try productID(fixture, "WB-CAP-NVY"), "quantity": 1, "tax_class": "reduced-rate"],
        ]])
        try await sandbox.fire("woocommerce", topic: "order.updated", resourceID: String(orderID))
        try await sandbox.drain()
        let after = try fixture.invoices(order: orderID)
        #expect(after.map { $0["id"]?.intValue } == [invoiceID])
        let newLines = try fixture.lines(invoice: invoiceID).filter { $0.many2oneID("product_id") != nil }
        #expect(newLines.count == 2)
        #expect(newLines.first { $0.many2oneID("product_id") == fixture.products["WB-MUG-001"] }?["quantity"]?.doubleValue == 3)
        #expect(after.first?["amount_untaxed"]?.doubleValue == 60.5)
        #expect(try StoreTestSupport.odooRecords(sandbox, "account.move", [["move_type", "=", "out_invoice"],
                                                                          ["partner_id", "=", .int(ada)]]).count == 1)
        StoreTestSupport.expectProtocol(sandbox, version)
    }

    @Test("a guest order gets a partner created from its billing address")
    func guestOrder() async throws {
        let fixture = try await WooFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let order = try await fixture.create("orders", [
            "customer_id": 0, "status": "processing",
            "billing": ["first_name": "Rosalind", "last_name": "Franklin", "email": "rosalind@example.com",
                        "address_1": "12 King's Parade", "city": "Cambridge", "postcode": "CB2 1SJ", "phone": "555-0142"],
            "line_items": [["product_id": try productID(fixture, "WB-NOTE-A5"), "quantity": 4, "tax_class": "zero-rate"]],
        ])
        let orderID = try #require(order["id"]?.intValue)
        try await sandbox.fire("woocommerce", topic: "order.created", resourceID: String(orderID))
        try await sandbox.drain()
        let partners = try fixture.partners(email: "rosalind@example.com")
        try #require(partners.count == 1)
        #expect(partners[0]["name"]?.stringValue == "Rosalind Franklin")
        #expect(partners[0]["street"]?.stringValue == "12 King's Parade")
        #expect(partners[0]["city"]?.stringValue == "Cambridge")
        let invoice = try #require(try fixture.invoices(order: orderID).first)
        #expect(invoice.many2oneID("partner_id") == partners[0]["id"]?.intValue)
        let invoiceID = try #require(invoice["id"]?.intValue)
        let line = try #require(try fixture.lines(invoice: invoiceID).first { $0.many2oneID("product_id") != nil })
        #expect(line["quantity"]?.doubleValue == 4)
        #expect(line.many2oneID("account_id") == fixture.accounts["400200"])
    }

    private func productID(_ fixture: WooFixture, _ sku: String) throws -> JSONValue {
        let product = try #require(fixture.woo.environment.records.all("products").first { $0["sku"]?.stringValue == sku })
        return product["id"] ?? nil
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 5: refunds → out_refund credit notes, with a return of exactly the
/// restocked items (issue 6).
@Suite("Shopify refunds", .serialized)
struct ShopifyRefundsTests {
    /// An imported order: two mugs and a cap with 8 % tax as Shopify computed it.
    private func importedOrder(_ fixture: ShopifyFixture) async throws -> JSONValue {
        let order = try await fixture.createOrder([
            "email": "alan@example.com", "customer": ["id": 7003, "email": "alan@example.com"],
            "shipping_address": ["name": "Alan Turing", "address1": "2 Bletchley Park", "city": "Milton Keynes", "zip": "MK3 6EB"],
            "line_items": [
                ["variant_id": try fixture.variant(sku: "WB-MUG-001")["id"] ?? nil, "quantity": 2,
                 "tax_lines": [["title": "Tax", "price": "2.24", "rate": 0.08]]],
                ["variant_id": try fixture.variant(sku: "WB-CAP-NVY")["id"] ?? nil, "quantity": 1,
                 "tax_lines": [["title": "Tax", "price": "1.48", "rate": 0.08]]],
            ],
            "tax_lines": [["title": "Tax", "price": "3.72", "rate": 0.08]],
        ])
        try await fixture.sandbox.fire("shopify", topic: "orders/create", resourceID: order["id"]?.stringValue)
        try await fixture.sandbox.drain()
        return order
    }

    /// Refunds `items` (sku, quantity, restock type, subtotal, tax) of `order` in Shopify and
    /// delivers refunds/create; returns the refund id.
    private func refund(_ fixture: ShopifyFixture, _ order: JSONValue,
                        _ items: [(String, Int, String, String, String)]) async throws -> Int {
        let lines = order["line_items"]?.arrayValue ?? []
        var total = 0.0
        let refundLines: [JSONValue] = try items.enumerated().map { index, item in
            let line = try #require(lines.first { $0["sku"]?.stringValue == item.0 })
            total += (Double(item.3) ?? 0) + (Double(item.4) ?? 0)
            return ["id": .int(900 + index), "line_item_id": line["id"] ?? nil, "quantity": .int(item.1),
                    "restock_type": .string(item.2), "location_id": item.2 == "no_restock" ? nil : .int(fixture.location),
                    "subtotal": .string(item.3), "total_tax": .string(item.4), "line_item": line]
        }
        let orderID = try #require(order["id"]?.intValue)
        let answer = try await StoreTestSupport.request("POST", "\(fixture.api)/orders/\(orderID)/refunds.json", json: ["refund": [
            "restock": .bool(items.contains { $0.2 != "no_restock" }), "refund_line_items": .array(refundLines),
            "transactions": [["kind": "refund", "amount": .string(String(format: "%.2f", total)), "gateway": "manual"]],
        ]], headers: fixture.auth)
        #expect(answer.status == 201, "\(answer.body)")
        let refundID = try #require(answer.body["refund"]?["id"]?.intValue)
        let delivered = try await fixture.sandbox.fire("shopify", topic: "refunds/create", resourceID: String(refundID))
        #expect(delivered.map(\.responseStatus) == [200])
        try await fixture.sandbox.drain()
        return refundID
    }

    private func creditNote(_ fixture: ShopifyFixture, refund id: Int) throws -> (OdooDict, [OdooDict]) {
        let notes = try StoreTestSupport.odooRecords(fixture.sandbox, "account.move", [["x_shopify_refund_id", "=", .int(id)]],
                                                     fields: ["move_type", "amount_total", "partner_id", "invoice_origin"])
        try #require(notes.count == 1)
        let lines = try StoreTestSupport.odooRecords(fixture.sandbox, "account.move.line", [["move_id", "=", notes[0]["id"] ?? false]],
                                                     fields: ["product_id", "quantity", "price_unit"])
        return (notes[0], lines.filter { $0.many2oneID("product_id") != nil })
    }

    /// Return receipts for refund `id`, with (product, quantity) of their moves.
    private func returns(_ fixture: ShopifyFixture, refund id: Int) throws -> [(OdooDict, [Int: Double])] {
        let pickings = try StoreTestSupport.odooRecords(fixture.sandbox, "stock.picking", [["origin", "=", .string("Shopify refund \(id)")]],
                                                        fields: ["state", "location_id", "location_dest_id"])
        return try pickings.map { picking in
            let moves = try StoreTestSupport.odooRecords(fixture.sandbox, "stock.move", [["picking_id", "=", picking["id"] ?? false]],
                                                         fields: ["product_id", "product_uom_qty"])
            var quantities: [Int: Double] = [:]
            for move in moves { quantities[move.many2oneID("product_id") ?? 0, default: 0] += move["product_uom_qty"]?.doubleValue ?? 0 }
            return (picking, quantities)
        }
    }

    @Test("full refund with restock: credit note for everything and a return of all the goods")
    func fullWithRestock() async throws {
        let fixture = try await ShopifyFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let order = try await importedOrder(fixture)
        let id = try await refund(fixture, order, [("WB-MUG-001", 2, "return", "28.00", "2.24"),
                                                   ("WB-CAP-NVY", 1, "return", "18.50", "1.48")])
        let (note, lines) = try creditNote(fixture, refund: id)
        #expect(note["move_type"]?.stringValue == "out_refund")
        #expect(note["amount_total"]?.doubleValue == 50.22)
        #expect(lines.count == 3)
        #expect(lines.first { $0.many2oneID("product_id") == fixture.products["SHOPIFY-TAX"] }?["price_unit"]?.doubleValue == 3.72)
        let orderID = try #require(order["id"]?.intValue)
        let sale = try #require(try fixture.saleOrders(shopify: orderID).first)
        #expect(note.many2oneID("partner_id") == sale.many2oneID("partner_id"))
        let receipts = try returns(fixture, refund: id)
        try #require(receipts.count == 1)
        let mugID = try #require(fixture.products["WB-MUG-001"])
        let capID = try #require(fixture.products["WB-CAP-NVY"])
        #expect(receipts[0].1 == [mugID: 2, capID: 1])
        #expect(receipts[0].0["state"]?.stringValue != "draft")
    }

    @Test("partial refund with restock: credit note and a return of the refunded items only")
    func partialWithRestock() async throws {
        let fixture = try await ShopifyFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let order = try await importedOrder(fixture)
        let id = try await refund(fixture, order, [("WB-MUG-001", 1, "return", "14.00", "1.12")])
        let (note, lines) = try creditNote(fixture, refund: id)
        #expect(note["amount_total"]?.doubleValue == 15.12)
        let mug = try #require(lines.first { $0.many2oneID("product_id") == fixture.products["WB-MUG-001"] })
        #expect(mug["quantity"]?.doubleValue == 1)
        #expect(mug["price_unit"]?.doubleValue == 14)
        let receipts = try returns(fixture, refund: id)
        try #require(receipts.count == 1)
        let mugID = try #require(fixture.products["WB-MUG-001"])
        #expect(receipts[0].1 == [mugID: 1])
    }

    @Test("refund without restock: credit note only, no return")
    func withoutRestock() async throws {
        let fixture = try await ShopifyFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let order = try await importedOrder(fixture)
        // As an admin refunds in Shopify: line and quantity only; Shopify works out the amounts.
        let orderID = try #require(order["id"]?.intValue)
        let cap = try #require(order["line_items"]?.arrayValue?.first { $0["sku"]?.stringValue == "WB-CAP-NVY" })
        let answer = try await StoreTestSupport.request("POST", "\(fixture.api)/orders/\(orderID)/refunds.json", json: ["refund": [
            "restock": false, "refund_line_items": [["line_item_id": cap["id"] ?? nil, "quantity": 1]],
            "transactions": [["kind": "refund", "amount": "19.98", "gateway": "manual"]],
        ]], headers: fixture.auth)
        let id = try #require(answer.body["refund"]?["id"]?.intValue)
        let stored = answer.body["refund"]?["refund_line_items"]?.arrayValue?.first
        #expect(stored?["subtotal"]?.stringValue == "18.50")
        #expect(stored?["total_tax"]?.stringValue == "1.48")
        #expect(stored?["restock_type"]?.stringValue == "no_restock")
        try await fixture.sandbox.fire("shopify", topic: "refunds/create", resourceID: String(id))
        try await fixture.sandbox.drain()
        let (note, lines) = try creditNote(fixture, refund: id)
        #expect(note["amount_total"]?.doubleValue == 19.98)
        #expect(lines.count == 2)
        #expect(try returns(fixture, refund: id).isEmpty)
        #expect(StoreTestSupport.odooCalls(fixture.sandbox, model: "stock.picking", method: "create") == 0)
        try await StoreTestSupport.expectNoDeadLetters(fixture.sandbox)
    }
}

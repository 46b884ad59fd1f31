import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shopify behaviour 4: an Odoo delivery validated with a tracking reference creates the
/// Shopify fulfillment with tracking number and company (issue 6).
@Suite("Shopify fulfillments", .serialized)
struct ShopifyFulfillmentsTests {
    @Test("a validated delivery with a tracking reference becomes one Shopify fulfillment")
    func fulfillment() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        let odoo = sandbox.simulators.odoo.instance
        let stock = try #require(try StoreTestSupport.odooRecords(sandbox, "stock.warehouse", [["code", "=", "WH"]],
                                                                  fields: ["lot_stock_id"]).first?.many2oneID("lot_stock_id"))
        for sku in ["WB-MUG-001", "WB-CAP-NVY"] {
            try StoreTestSupport.odooCreate(sandbox, "stock.quant", [
                "product_id": .int(try #require(fixture.products[sku])), "location_id": .int(stock), "quantity": 100.0])
        }
        let order = try await fixture.createOrder([
            "email": "grace@example.com", "customer": ["id": 7002, "email": "grace@example.com"],
            "shipping_address": ["name": "Grace Hopper", "address1": "1 Navy Way", "city": "Arlington", "zip": "22202"],
            "line_items": [["variant_id": try fixture.variant(sku: "WB-MUG-001")["id"] ?? nil, "quantity": 2],
                           ["variant_id": try fixture.variant(sku: "WB-CAP-NVY")["id"] ?? nil, "quantity": 1]],
        ])
        let orderID = try #require(order["id"]?.intValue)
        try await sandbox.fire("shopify", topic: "orders/create", resourceID: String(orderID))
        try await sandbox.drain()
        let sale = try #require(try fixture.saleOrders(shopify: orderID).first)
        let picking = try #require(sale["picking_ids"]?.arrayValue?.first?.intValue)

        // Not validated yet: the poll sends nothing.
        try await sandbox.runOnce(["shopify-fulfillments"])
        let early = fixture.shop.environment.records.filter("fulfillments") { $0["order_id"]?.intValue == orderID }
        #expect(early.isEmpty)

        // The warehouse ships everything with FedEx and validates.
        let fedex = try #require(try StoreTestSupport.odooRecords(sandbox, "delivery.carrier", [["name", "=", "FedEx Ground"]])
            .first?["id"]?.intValue)
        _ = try odoo.executeKw(model: "stock.picking", method: "write", args: [[.int(picking)], [
            "carrier_tracking_ref": "794612345678", "carrier_id": .int(fedex)]])
        for move in try StoreTestSupport.odooRecords(sandbox, "stock.move", [["picking_id", "=", .int(picking)]],
                                                     fields: ["product_uom_qty"]) {
            _ = try odoo.executeKw(model: "stock.move", method: "write", args: [[move["id"] ?? false], [
                "quantity": move["product_uom_qty"] ?? 0]])
        }
        _ = try odoo.executeKw(model: "stock.picking", method: "button_validate", args: [[.int(picking)]])
        try await sandbox.runOnce(["shopify-fulfillments"])

        try await StoreTestSupport.expectNoDeadLetters(sandbox)
        let fulfillments = fixture.shop.environment.records.filter("fulfillments") { $0["order_id"]?.intValue == orderID }
        try #require(fulfillments.count == 1)
        #expect(fulfillments[0]["tracking_number"]?.stringValue == "794612345678")
        #expect(fulfillments[0]["tracking_company"]?.stringValue == "FedEx Ground")
        #expect(fixture.shop.environment.records.get("orders", id: String(orderID))?["fulfillment_status"]?.stringValue == "fulfilled")
        let linked = try StoreTestSupport.odooRecords(sandbox, "stock.picking", [["id", "=", .int(picking)]],
                                                      fields: ["x_shopify_fulfillment_id"])
        #expect(linked.first?["x_shopify_fulfillment_id"]?.intValue == fulfillments[0]["id"]?.intValue)

        // The next poll does not fulfil it again.
        try await sandbox.runOnce(["shopify-fulfillments"])
        let posts = fixture.shop.environment.calls.calls.filter { $0.method == "POST" && $0.path.hasSuffix("/fulfillments.json") }
        #expect(posts.count == 1)
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Behaviour 4: delivery export (`shipstation-deliveries`).
@Suite("ShipStation delivery export")
struct ShipStationDeliveriesTests {
    @Test("a ready outgoing picking → createorder (orderKey upsert), marked exported; twice → one order",
          arguments: [OdooVersion.v17, .v19])
    func export(version: OdooVersion) async throws {
        let pair = try await ShipStationPair.start(version)
        defer { Task { await pair.stop() } }
        let picking = try pair.readyDelivery([("FURN_7777", 2), ("FURN_5555", 1)])
        let before = try pair.read("stock.picking", picking, ["name", "state", "partner_id"])
        #expect(before["state"]?.stringValue == "assigned")
        pair.resetCalls()

        try await pair.sandbox.runOnce(["shipstation-deliveries"])

        let order = try #require(pair.order(forPicking: picking))
        let name = try #require(before["name"]?.stringValue)
        #expect(order["orderNumber"]?.stringValue == name)
        #expect(order["orderStatus"]?.stringValue == "awaiting_shipment")
        #expect(order["advancedOptions"]?["warehouseId"]?.intValue == 501)      // tables/warehouses.yaml, WH → 501
        #expect(order["advancedOptions"]?["customField1"]?.stringValue == "SO-TEST")
        let partnerName = before["partner_id"]?.arrayValue?.last?.stringValue
        #expect(order["shipTo"]?["name"]?.stringValue == partnerName)
        let items = (order["items"]?.arrayValue ?? []).map { ($0["sku"]?.stringValue ?? "", $0["quantity"]?.intValue ?? 0) }
        #expect(items.map(\.0).sorted() == ["FURN_5555", "FURN_7777"])
        #expect(items.first { $0.0 == "FURN_7777" }?.1 == 2)
        #expect(pair.calls.filter { $0.path == "/orders/createorder" }.count >= 1)

        let after = try pair.read("stock.picking", picking, ["x_shipstation_exported", "x_shipstation_order_number"])
        #expect(after["x_shipstation_exported"]?.boolValue == true)
        #expect(after["x_shipstation_order_number"]?.stringValue == name)

        // Run again: the picking is exported, so no second createorder and still one order.
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-deliveries"])
        #expect(!pair.calls.contains { $0.path == "/orders/createorder" })
        #expect(pair.records.filter("orders") { $0["orderKey"]?.stringValue == "odoo-picking-\(picking)" }.count == 1)
        #expect(try await pair.sandbox.deadLetters().isEmpty)
    }

    @Test("a replayed export (flag lost) updates the same order through orderKey")
    func replayIsUpsert() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        let picking = try pair.readyDelivery([("FURN_7777", 1)])
        try await pair.sandbox.runOnce(["shipstation-deliveries"])
        let first = try #require(pair.order(forPicking: picking))
        // Someone clears the flag and changes the demand: the export runs again.
        try pair.odoo("stock.picking", "write", [[.int(picking)], ["x_shipstation_exported": false, "origin": "SO-TEST-2"]])
        try await pair.sandbox.runOnce(["shipstation-deliveries"])
        let orders = pair.records.filter("orders") { $0["orderKey"]?.stringValue == "odoo-picking-\(picking)" }
        #expect(orders.count == 1)
        #expect(orders.first?["orderId"] == first["orderId"])
        #expect(orders.first?["advancedOptions"]?["customField1"]?.stringValue == "SO-TEST-2")
    }
}

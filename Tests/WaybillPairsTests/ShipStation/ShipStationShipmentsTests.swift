import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Behaviour 5: shipment details back (`shipstation-shipments` on SHIP_NOTIFY, and the hourly
/// `shipstation-shipments-poll` safety net).
@Suite("ShipStation shipments back")
struct ShipStationShipmentsTests {
    /// A ready delivery exported through `shipstation-deliveries`; returns the picking and its order.
    static func exported(_ pair: ShipStationPair, _ lines: [(String, Double)]) async throws -> (Int, JSONValue) {
        let picking = try pair.readyDelivery(lines)
        try await pair.sandbox.runOnce(["shipstation-deliveries"])
        return (picking, try #require(pair.order(forPicking: picking)))
    }

    static let pickingFields = ["state", "carrier_tracking_ref", "x_shipstation_shipping_cost", "x_shipstation_shipped_at",
                                "x_shipstation_exported", "x_shipstation_order_number", "name"]

    @Test("SHIP_NOTIFY: multi-parcel with one voided label → two live tracking numbers, summed cost, PST → UTC, validated",
          arguments: [OdooVersion.v17, .v19])
    func multiParcel(version: OdooVersion) async throws {
        let pair = try await ShipStationPair.start(version)
        defer { Task { await pair.stop() } }
        let (picking, order) = try await Self.exported(pair, [("FURN_7777", 2), ("FURN_5555", 1)])
        try pair.setOrderStatus(order, "shipped")
        pair.putShipment(id: 900_001, order: order, tracking: "1Z999AA10000000001", cost: 7.25,
                         createDate: "2026-01-15T10:30:00.0000000", items: [("FURN_7777", 2)])
        pair.putShipment(id: 900_002, order: order, tracking: "1Z999AA1VOIDED0002", cost: 9.99,
                         createDate: "2026-01-15T11:00:00.0000000", voided: true, items: [("FURN_5555", 1)])
        pair.putShipment(id: 900_003, order: order, tracking: "1Z999AA10000000003", cost: 5.1,
                         createDate: "2026-01-15T11:45:00.0000000", items: [("FURN_5555", 1)])
        pair.resetCalls()

        let deliveries = try await pair.sandbox.fire("shipstation", topic: "SHIP_NOTIFY", resourceID: "900003")
        #expect(deliveries.map(\.responseStatus) == [200])
        try await pair.sandbox.drain()

        // The pointer was dereferenced with an authenticated GET on ShipStation.
        let dereference = try #require(pair.calls.first { $0.path == "/shipments" && $0.query.contains("batchId=900003") })
        #expect(dereference.status == 200)
        #expect(dereference.headers["authorization"] != nil)
        let row = try pair.read("stock.picking", picking, Self.pickingFields)
        #expect(row["carrier_tracking_ref"]?.stringValue == "1Z999AA10000000001,1Z999AA10000000003")
        let cost = try #require(row["x_shipstation_shipping_cost"]?.doubleValue)
        #expect(abs(cost - 12.35) < 0.005)
        #expect(row["x_shipstation_shipped_at"]?.stringValue == "2026-01-15 19:45:00")     // PST = UTC−8
        #expect(row["state"]?.stringValue == "done")
        let moves = try pair.searchRead("stock.move", [["picking_id", "=", .int(picking)]], ["state", "quantity"])
        #expect(moves.allSatisfy { $0["state"]?.stringValue == "done" })
        #expect(try pair.searchRead("stock.picking", [["backorder_id", "=", .int(picking)]], ["id"]).isEmpty)
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.isEmpty, "\(dead.prefix(3).map { "\($0.identity): \($0.lifecycle.lastError ?? "")" })")
    }

    @Test("partial shipment validates shipped quantities; the backorder inherits the flag and is not exported again")
    func partial() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        let (picking, order) = try await Self.exported(pair, [("FURN_7777", 3), ("FURN_5555", 1)])
        pair.putShipment(id: 900_011, order: order, tracking: "9400100000000000000011", cost: 4.4,
                         createDate: "2026-02-02T09:00:00.0000000", items: [("FURN_7777", 2)])
        try await pair.sandbox.fire("shipstation", topic: "SHIP_NOTIFY", resourceID: "900011")
        try await pair.sandbox.drain()

        let row = try pair.read("stock.picking", picking, Self.pickingFields)
        #expect(row["state"]?.stringValue == "done")
        #expect(row["carrier_tracking_ref"]?.stringValue == "9400100000000000000011")
        let done = try pair.searchRead("stock.move", [["picking_id", "=", .int(picking)], ["state", "=", "done"]],
                                       ["product_id", "quantity"])
        #expect(done.map { $0["quantity"]?.doubleValue } == [2.0])
        let backorder = try #require(try pair.searchRead("stock.picking", [["backorder_id", "=", .int(picking)]],
                                                         Self.pickingFields + ["id"]).first)
        #expect(backorder["x_shipstation_exported"]?.boolValue == true)
        #expect(backorder["x_shipstation_order_number"]?.stringValue == row["name"]?.stringValue)
        let backorderID = try #require(backorder["id"]?.intValue)
        let left = try pair.searchRead("stock.move", [["picking_id", "=", .int(backorderID)]], ["product_uom_qty"])
        #expect(left.compactMap { $0["product_uom_qty"]?.doubleValue }.sorted() == [1.0, 1.0])

        // The delivery export does not send the backorder again.
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-deliveries"])
        #expect(!pair.calls.contains { $0.path == "/orders/createorder" })
        #expect(pair.records.filter("orders") { $0["orderNumber"] == order["orderNumber"] }.count == 1)

        // The rest ships later: the backorder is validated and carries both tracking numbers.
        try pair.setOrderStatus(order, "shipped")
        pair.putShipment(id: 900_012, order: order, tracking: "9400100000000000000012", cost: 3.3,
                         createDate: "2026-02-03T09:00:00.0000000", items: [("FURN_7777", 1), ("FURN_5555", 1)])
        try await pair.sandbox.fire("shipstation", topic: "SHIP_NOTIFY", resourceID: "900012")
        try await pair.sandbox.drain()
        let rest = try pair.read("stock.picking", backorderID, Self.pickingFields)
        #expect(rest["state"]?.stringValue == "done")
        #expect(rest["carrier_tracking_ref"]?.stringValue == "9400100000000000000011,9400100000000000000012")
        #expect(abs((rest["x_shipstation_shipping_cost"]?.doubleValue ?? 0) - 7.7) < 0.005)
        #expect(try pair.searchRead("stock.picking", [["backorder_id", "=", .int(backorderID)]], ["id"]).isEmpty)
        // The first picking keeps what it had.
        let first = try pair.read("stock.picking", picking, Self.pickingFields)
        #expect(first["carrier_tracking_ref"]?.stringValue == "9400100000000000000011")
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.isEmpty, "\(dead.prefix(3).map { "\($0.identity): \($0.lifecycle.lastError ?? "")" })")
    }

    @Test("hourly poll: a shipped order (PDT label) is recorded as UTC and validated; no webhook needed")
    func pollShipped() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        let (picking, order) = try await Self.exported(pair, [("FURN_7777", 1)])
        try pair.setOrderStatus(order, "shipped")
        pair.putShipment(id: 900_021, order: order, tracking: "1ZPDT0000000000021", cost: 6.0,
                         createDate: "2026-07-04T09:15:00.0000000", items: [("FURN_7777", 1)])
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-shipments-poll"])

        let row = try pair.read("stock.picking", picking, Self.pickingFields)
        #expect(row["x_shipstation_shipped_at"]?.stringValue == "2026-07-04 16:15:00")     // PDT = UTC−7
        #expect(row["carrier_tracking_ref"]?.stringValue == "1ZPDT0000000000021")
        #expect(row["state"]?.stringValue == "done")
        #expect(pair.calls.contains { $0.path == "/shipments" && $0.query.contains("orderNumber=") })
    }

    @Test("hourly poll: a cancelled order cancels the picking")
    func pollCancelled() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        let (picking, order) = try await Self.exported(pair, [("FURN_7777", 1)])
        try pair.setOrderStatus(order, "cancelled")
        try await pair.sandbox.runOnce(["shipstation-shipments-poll"])
        let row = try pair.read("stock.picking", picking, Self.pickingFields)
        #expect(row["state"]?.stringValue == "cancel")
        #expect((row["carrier_tracking_ref"]?.stringValue ?? "").isEmpty)
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.isEmpty, "\(dead.prefix(3).map { "\($0.identity): \($0.lifecycle.lastError ?? "")" })")
    }
}

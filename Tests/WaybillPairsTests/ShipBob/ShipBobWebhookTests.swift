import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Issue 5, ShipBob 4: Standard Webhooks deliveries — order.shipped and shipment tracking updates
/// land on the Odoo delivery, returns are recorded on it, duplicates and late deliveries are
/// harmless, a forged signature is refused.
@Suite("ShipBob 4: webhooks", .serialized)
struct ShipBobWebhookTests {
    struct Delivery {
        let id: Int
        let origin: String
        let lines: [String: Double]
    }

    /// The open Odoo delivery of the demo sale order with stock (S00002): id, origin, SKU → demand.
    static func openDelivery(_ odoo: OdooSimulator) throws -> Delivery {
        let picking = try #require(try ShipBobFixtures.read(
            odoo, "stock.picking", [["picking_type_code", "=", "outgoing"], ["state", "=", "assigned"]],
            ["origin"]).first)
        let id = try #require(picking["id"]?.intValue)
        var lines: [String: Double] = [:]
        for move in try ShipBobFixtures.read(odoo, "stock.move", [["picking_id", "=", .int(id)]], ["product_id", "product_uom_qty"]) {
            let product = try #require(move["product_id"]?.arrayValue?.first?.intValue)
            let code = try ShipBobFixtures.read(odoo, "product.product", [["id", "=", .int(product)]], ["default_code"])
                .first?["default_code"]?.stringValue ?? ""
            lines[code] = move["product_uom_qty"]?.doubleValue ?? 0
        }
        return Delivery(id: id, origin: picking["origin"]?.stringValue ?? "", lines: lines)
    }

    static func picking(_ odoo: OdooSimulator, _ id: Int) throws -> OdooDict {
        try #require(try ShipBobFixtures.read(odoo, "stock.picking", [["id", "=", .int(id)]],
                                              ["state", "carrier_tracking_ref", "x_shipbob_order_id", "x_shipbob_return_id",
                                               "x_shipbob_return_status"]).first)
    }

    /// A ShipBob order for the delivery (reference_id = its source document).
    static func shipBobOrder(_ bob: ShipBobSimulator, for delivery: Delivery, short: [String: Int] = [:]) -> String {
        let products: [JSONValue] = delivery.lines.sorted { $0.key < $1.key }.map {
            ["sku": .string($0.key), "quantity": .int(Int($0.value) - (short[$0.key] ?? 0))]
        }
        let order = bob.addOrder(["reference_id": .string(delivery.origin), "shipping_method": "Standard",
                                  "recipient": ["name": "Brandon Freeman"], "products": .array(products)])
        return order["id"]?.stringValue ?? ""
    }

    @Test("order.shipped (twice) validates the delivery with tracking and shipped quantities; tracking updates add numbers once, in any order",
          arguments: [OdooVersion.v17, .v19])
    func shippedAndTracking(version: OdooVersion) async throws {
        let sandbox = try await ShipBobFixtures.start(odoo: version)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let odoo = sandbox.simulators.odoo
        let delivery = try Self.openDelivery(odoo)
        let orderID = Self.shipBobOrder(bob, for: delivery)

        let answers = try await sandbox.fire("shipbob", topic: "order.shipped", resourceID: orderID, copies: 2)
        #expect(answers.map(\.responseStatus) == [200, 200])
        try await sandbox.drain()
        let shipment = try #require(bob.environment.records.get("orders", id: orderID)?["shipments"]?.arrayValue?.first)
        let tracking = try #require(shipment["tracking"]?["tracking_number"]?.stringValue)
        var picking = try Self.picking(odoo, delivery.id)
        #expect(picking["state"] == "done")
        #expect(picking["carrier_tracking_ref"]?.stringValue == tracking)
        #expect(picking["x_shipbob_order_id"]?.intValue == Int(orderID))
        for move in try ShipBobFixtures.read(odoo, "stock.move", [["picking_id", "=", .int(delivery.id)]],
                                             ["product_uom_qty", "quantity", "state"]) {
            #expect(move["quantity"]?.doubleValue == move["product_uom_qty"]?.doubleValue)
            #expect(move["state"] == "done")
        }

        // A tracking update (a re-label) adds its number once; a duplicate and a late, older
        // update carrying the first number change nothing; a late order.shipped finds no open delivery.
        var relabel = shipment
        relabel["tracking"]?["tracking_number"] = "1ZRELABEL01"
        relabel["last_update_at"] = "2030-01-01T00:00:00.0000000Z"
        try await sandbox.fire("shipbob", topic: "order.shipment.tracking.updated", payload: relabel, copies: 2)
        try await sandbox.drain()
        try await sandbox.fire("shipbob", topic: "order.shipment.tracking.updated", payload: shipment)
        try await sandbox.fire("shipbob", topic: "order.shipped", resourceID: orderID)
        try await sandbox.drain()
        picking = try Self.picking(odoo, delivery.id)
        #expect(picking["carrier_tracking_ref"]?.stringValue == "\(tracking),1ZRELABEL01")
        #expect(picking["state"] == "done")
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("a partial shipment validates the shipped quantities and leaves the rest in a backorder")
    func partialShipment() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let odoo = sandbox.simulators.odoo
        let delivery = try Self.openDelivery(odoo)
        let (sku, demand) = try #require(delivery.lines.first { $0.value > 1 })
        let orderID = Self.shipBobOrder(bob, for: delivery, short: [sku: 1])
        try await sandbox.fire("shipbob", topic: "order.shipped", resourceID: orderID)
        try await sandbox.drain()
        #expect(try Self.picking(odoo, delivery.id)["state"] == "done")
        var done: [String: Double] = [:]
        for move in try ShipBobFixtures.read(odoo, "stock.move", [["picking_id", "=", .int(delivery.id)]], ["product_id", "quantity"]) {
            let product = move["product_id"]?.arrayValue?.first?.intValue ?? 0
            let code = try ShipBobFixtures.read(odoo, "product.product", [["id", "=", .int(product)]], ["default_code"])
                .first?["default_code"]?.stringValue ?? ""
            done[code] = move["quantity"]?.doubleValue
        }
        var expected = delivery.lines
        expected[sku] = demand - 1
        #expect(done == expected)
        let backorders = try ShipBobFixtures.read(odoo, "stock.picking", [["backorder_id", "=", .int(delivery.id)]], ["state"])
        #expect(backorders.count == 1)
        let rest = try ShipBobFixtures.read(odoo, "stock.move", [["picking_id", "=", .int(backorders.first?["id"]?.intValue ?? 0)]],
                                            ["product_uom_qty"])
        #expect(rest.map { $0["product_uom_qty"]?.doubleValue } == [1])
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("return.created and return.completed are recorded on the delivery; duplicates and a late created change nothing")
    func returns() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let odoo = sandbox.simulators.odoo
        let delivery = try Self.openDelivery(odoo)
        let orderID = Self.shipBobOrder(bob, for: delivery)
        bob.shipOrder(id: orderID)
        let opened = try #require(bob.addReturn(orderID: orderID))
        let returnID = try #require(opened["id"]?.stringValue)

        try await sandbox.fire("shipbob", topic: "return.created", resourceID: returnID, copies: 2)
        try await sandbox.drain()
        var picking = try Self.picking(odoo, delivery.id)
        #expect(picking["x_shipbob_return_id"]?.intValue == Int(returnID))
        #expect(picking["x_shipbob_return_status"] == "AwaitingArrival")

        try await sandbox.fire("shipbob", topic: "return.completed", resourceID: returnID, copies: 2)
        try await sandbox.drain()
        #expect(try Self.picking(odoo, delivery.id)["x_shipbob_return_status"] == "Completed")

        // A late return.created (an older snapshot) arrives after the completion.
        try await sandbox.fire("shipbob", topic: "return.created", payload: opened)
        try await sandbox.drain()
        picking = try Self.picking(odoo, delivery.id)
        #expect(picking["x_shipbob_return_status"] == "Completed")
        #expect(picking["x_shipbob_return_id"]?.intValue == Int(returnID))
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("a forged signature is refused 401 and queues nothing")
    func badSignature() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let delivery = try Self.openDelivery(sandbox.simulators.odoo)
        let orderID = Self.shipBobOrder(bob, for: delivery)
        let answers = try await sandbox.fire("shipbob", topic: "order.shipped", resourceID: orderID, badSignature: true)
        #expect(answers.map(\.responseStatus) == [401])
        #expect(try await sandbox.store.jobCounts().reduce(0) { $0 + $1.count } == 0)
        try await sandbox.drain()
        #expect(try Self.picking(sandbox.simulators.odoo, delivery.id)["state"] == "assigned")
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Issue 5, ShipBob 5: receiving completion is polled (WROs have no webhooks); a completed WRO
/// validates the Odoo receipt with the received quantities and is marked externally synced.
@Suite("ShipBob 5: receiving completion", .serialized)
struct ShipBobReceivingTests {
    @Test("a completed WRO validates the receipt with the received quantities, once", arguments: [OdooVersion.v17, .v19])
    func completed(version: OdooVersion) async throws {
        let sandbox = try await ShipBobFixtures.start(odoo: version)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let odoo = sandbox.simulators.odoo
        try await sandbox.runOnce(["shipbob-products"])
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        let po = try #require(try ShipBobFixtures.read(odoo, "purchase.order", [["state", "=", "purchase"]], ["name"]).first)
        let name = try #require(po["name"]?.stringValue)
        let wroID = try #require(ShipBobFixtures.records(bob, "receiving", "purchase_order_number", name).first?["id"]?.stringValue)

        // Not completed yet: the poll finds nothing to do.
        try await sandbox.runOnce(["shipbob-receiving"])
        let receipt = try #require(try ShipBobFixtures.read(
            odoo, "stock.picking", [["picking_type_code", "=", "incoming"], ["origin", "=", .string(name)]], ["state"]).first)
        let receiptID = try #require(receipt["id"]?.intValue)
        #expect(receipt["state"] != "done")
        #expect(ShipBobFixtures.apiCalls(bob).contains {
            $0.path == "/2026-01/receiving" && $0.query.contains("Statuses=Completed") && $0.query.contains("ExternalSync=false")
        })

        // Completed, with one unit of the screens short.
        bob.setReceivingStatus(id: wroID, status: "Completed")
        _ = bob.environment.records.update("receiving", id: wroID) { wro in
            wro["inventory_quantities"] = .array((wro["inventory_quantities"]?.arrayValue ?? []).map { line in
                var line = line
                if line["sku"] == "FURN_6666" { line["received_quantity"] = 9 }
                return line
            })
        }
        try await sandbox.runOnce(["shipbob-receiving"])
        let done = try ShipBobFixtures.read(odoo, "stock.picking", [["id", "=", .int(receiptID)]], ["state"]).first
        #expect(done?["state"] == "done")
        var received: [String: Double] = [:]
        for move in try ShipBobFixtures.read(odoo, "stock.move", [["picking_id", "=", .int(receiptID)]], ["product_id", "quantity"]) {
            let product = move["product_id"]?.arrayValue?.first?.intValue ?? 0
            let code = try ShipBobFixtures.read(odoo, "product.product", [["id", "=", .int(product)]], ["default_code"])
                .first?["default_code"]?.stringValue ?? ""
            received[code] = move["quantity"]?.doubleValue
        }
        #expect(received == ["FURN_9001": 5, "FURN_6666": 9])
        let synced = bob.environment.records.get("receiving", id: wroID)?["external_sync_timestamp"]
        #expect(synced != nil && synced != .null)

        // Synced WROs drop out of the work list: the next poll reads nothing and writes nothing.
        let odooCalls = odoo.environment.calls.calls.count
        try await sandbox.runOnce(["shipbob-receiving"])
        #expect(odoo.environment.calls.calls.count == odooCalls)
        #expect(try await sandbox.deadLetters().isEmpty)
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Issue 5, ShipBob 3: confirmed purchase orders → receiving orders (WROs) with
/// purchase_order_number = the PO name, matched by that number before any create.
@Suite("ShipBob 3: purchase orders → WROs", .serialized)
struct ShipBobPurchaseOrderTests {
    static func confirmedPO(_ sandbox: Sandbox) throws -> OdooDict {
        try #require(try ShipBobFixtures.read(sandbox.simulators.odoo, "purchase.order", [["state", "=", "purchase"]],
                                              ["name", "x_shipbob_wro_id"]).first)
    }

    static func wroCreates(_ bob: ShipBobSimulator) -> Int {
        ShipBobFixtures.apiCalls(bob).filter { $0.method == "POST" && $0.path == "/2026-01/receiving" }.count
    }

    @Test("one WRO per PO, sent to the mapped fulfillment center with the PO lines; the id is written back",
          arguments: [OdooVersion.v17, .v19])
    func createsWRO(version: OdooVersion) async throws {
        let sandbox = try await ShipBobFixtures.start(odoo: version)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        try await sandbox.runOnce(["shipbob-products"])
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        let po = try Self.confirmedPO(sandbox)
        let name = try #require(po["name"]?.stringValue)
        let wros = ShipBobFixtures.records(bob, "receiving", "purchase_order_number", name)
        #expect(wros.count == 1)
        let wro = try #require(wros.first)
        #expect(po["x_shipbob_wro_id"]?.intValue == wro["id"]?.intValue)
        #expect(wro["fulfillment_center"]?["id"] == 10)
        let lines = (wro["inventory_quantities"]?.arrayValue ?? []).map {
            ($0["sku"]?.stringValue ?? "", $0["expected_quantity"]?.intValue ?? 0)
        }
        #expect(Dictionary(uniqueKeysWithValues: lines) == ["FURN_9001": 5, "FURN_6666": 10])
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("a failed write-back is replayed without a second WRO; a WRO left by a crash is adopted by PO number")
    func neverTwice() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let odoo = sandbox.simulators.odoo
        try await sandbox.runOnce(["shipbob-products"])
        let name = try #require(try Self.confirmedPO(sandbox)["name"]?.stringValue)

        // The WRO is created, then writing its id back to Odoo fails: the unit is dead-lettered.
        odoo.environment.faults.add(FaultRule(kind: .status(403), count: 1, pathPrefix: "/json/2/purchase.order/write"))
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        #expect(try await sandbox.deadLetters().count == 1)
        #expect(Self.wroCreates(bob) == 1)
        // A repeated run and a replay of the dead letter still leave one WRO, now linked.
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        _ = try await sandbox.engine.replay(.flow("shipbob-purchase-orders"), now: Date())
        try await sandbox.drain()
        #expect(try await sandbox.deadLetters().isEmpty)
        let wros = ShipBobFixtures.records(bob, "receiving", "purchase_order_number", name)
        #expect(wros.count == 1)
        #expect(Self.wroCreates(bob) == 1)
        #expect(try Self.confirmedPO(sandbox)["x_shipbob_wro_id"]?.intValue == wros.first?["id"]?.intValue)

        // A second PO whose WRO a crashed attempt already created in ShipBob (nothing written
        // back): the run finds it by purchase order number and adopts it.
        let draft = try #require(try ShipBobFixtures.ids(odoo, "purchase.order", [["state", "=", "draft"]]).first)
        _ = try odoo.instance.executeKw(model: "purchase.order", method: "button_confirm", args: [.array([.int(draft)])])
        let second = try #require(try ShipBobFixtures.read(odoo, "purchase.order", [["id", "=", .int(draft)]], ["name"])
            .first?["name"]?.stringValue)
        let inventory = try #require(ShipBobFixtures.records(bob, "products", "sku", "FURN_8888").first?["variants"]?
            .arrayValue?.first?["inventory"]?["inventory_id"]?.intValue)
        _ = try await ShipBobFixtures.post(
            bob.environment.baseURL + "/2026-01/receiving",
            #"{"purchase_order_number":"\#(second)","fulfillment_center":{"id":10},"package_type":"Package","box_packaging_type":"EverythingInOneBox","expected_arrival_date":"2026-12-01T00:00:00Z","boxes":[{"box_items":[{"inventory_id":\#(inventory),"quantity":100}]}]}"#,
            headers: ["Authorization": "Bearer \(bob.personalAccessToken)", "shipbob_channel_id": ShipBobFixtures.channel])
        let crashed = try #require(ShipBobFixtures.records(bob, "receiving", "purchase_order_number", second).first)
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        #expect(ShipBobFixtures.records(bob, "receiving", "purchase_order_number", second).count == 1)
        #expect(Self.wroCreates(bob) == 2)  // the first PO's and the crashed attempt's
        let linked = try ShipBobFixtures.read(odoo, "purchase.order", [["id", "=", .int(draft)]], ["x_shipbob_wro_id"]).first
        #expect(linked?["x_shipbob_wro_id"]?.intValue == crashed["id"]?.intValue)
        #expect(try await sandbox.deadLetters().isEmpty)
    }
}

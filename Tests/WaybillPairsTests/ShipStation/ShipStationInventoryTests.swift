import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Behaviours 2 and 3: inventory per warehouse (`shipstation-inventory`) and purchase receipts
/// (`shipstation-receipts`) → ShipStation V2 inventory, through tables/warehouses.yaml.
@Suite("ShipStation inventory")
struct ShipStationInventoryTests {
    /// The V2 inventory warehouses and locations tables/warehouses.yaml names (se-1001/se-2001 for
    /// Odoo WH, se-1002/se-2002 for WH2).
    static func seedLocations(_ pair: ShipStationPair) {
        for (warehouse, location) in [("se-1001", "se-2001"), ("se-1002", "se-2002")] {
            pair.records.put("inventory_warehouses", id: warehouse, ["inventory_warehouse_id": .string(warehouse),
                                                                     "name": .string(warehouse)])
            pair.records.put("inventory_locations", id: location, ["inventory_location_id": .string(location),
                                                                   "inventory_warehouse_id": .string(warehouse),
                                                                   "name": .string(location)])
        }
    }

    static func onHand(_ pair: ShipStationPair, _ sku: String, _ location: String) -> Int? {
        pair.records.get("inventory", id: "\(sku)|\(location)")?["on_hand"]?.intValue
    }

    static func v2Writes(_ pair: ShipStationPair) -> [CallRecord] {
        pair.calls.filter { $0.method == "POST" && $0.path == "/v2/inventory" }
    }

    @Test("on-hand per SKU and warehouse → the mapped V2 location; unchanged → no call; an unmapped warehouse is reported",
          arguments: [OdooVersion.v17, .v19])
    func levels(version: OdooVersion) async throws {
        let pair = try await ShipStationPair.start(version)
        defer { Task { await pair.stop() } }
        Self.seedLocations(pair)
        // A third warehouse that tables/warehouses.yaml does not map, holding 7 lamps.
        let warehouse = try #require(try pair.odoo("stock.warehouse", "create", [["name": "Pop-up Store", "code": "POP"]]).intValue)
        let location = try #require(try pair.odoo("stock.location", "create", [[
            "name": "POP Stock", "usage": "internal", "warehouse_id": .int(warehouse)]]).intValue)
        try pair.odoo("stock.quant", "create", [["product_id": .int(try pair.productID("FURN_7777")),
                                                 "location_id": .int(location), "quantity": 7.0]])
        pair.resetCalls()

        try await pair.sandbox.runOnce(["shipstation-inventory"])

        #expect(Self.onHand(pair, "FURN_0096", "se-2001") == 40)
        #expect(Self.onHand(pair, "FURN_0096", "se-2002") == 10)
        #expect(Self.onHand(pair, "FURN_8888", "se-2001") == 300)
        #expect(Self.onHand(pair, "FURN_9001", "se-2002") == 3)
        #expect(Self.onHand(pair, "FURN_7777", "se-2001") == 75)
        #expect(!pair.records.all("inventory").contains { $0["on_hand"]?.intValue == 7 })
        // Every write is an absolute `adjust` to a mapped location.
        let dead = try await pair.sandbox.deadLetters()
        let unmapped = dead.filter { $0.identity == "odoo:stock:FURN_7777@\(warehouse)" }
        #expect(unmapped.count == 1)
        #expect((unmapped.first?.lifecycle.lastError ?? "").contains("warehouse"))
        #expect(dead.count == 1, "\(dead.prefix(3).map { "\($0.identity): \($0.lifecycle.lastError ?? "")" })")
        let writes = Self.v2Writes(pair).count
        #expect(writes >= 15)

        // Nothing changed → no V2 write.
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-inventory"])
        #expect(Self.v2Writes(pair).isEmpty)

        // One quant changes in WH2 → one write, to se-2002.
        let quant = try #require(try pair.searchRead("stock.quant", [["product_id.default_code", "=", "FURN_0096"],
                                                                     ["location_id.warehouse_id", "=", 2]], ["id"]).first?["id"]?.intValue)
        try pair.odoo("stock.quant", "write", [[.int(quant)], ["quantity": 4.0]])
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-inventory"])
        #expect(Self.v2Writes(pair).count == 1)
        #expect(Self.onHand(pair, "FURN_0096", "se-2002") == 4)
        #expect(Self.onHand(pair, "FURN_0096", "se-2001") == 40)
    }

    @Test("a validated purchase receipt updates the received SKUs in the mapped ShipStation location",
          arguments: [OdooVersion.v17, .v19])
    func receipts(version: OdooVersion) async throws {
        let pair = try await ShipStationPair.start(version)
        defer { Task { await pair.stop() } }
        Self.seedLocations(pair)
        // The demo purchase order (FURN_9001 × 5, FURN_6666 × 10) has a ready receipt in WH.
        let receipt = try #require(try pair.searchRead("stock.picking", [["picking_type_code", "=", "incoming"],
                                                                         ["state", "not in", ["done", "cancel"]]],
                                                       ["id", "purchase_id"]).first { $0["purchase_id"]?.isFalsy == false })
        let receiptID = try #require(receipt["id"]?.intValue)
        try await pair.sandbox.runOnce(["shipstation-receipts"])
        #expect(Self.v2Writes(pair).isEmpty)                      // not done yet: nothing to send

        for move in try pair.searchRead("stock.move", [["picking_id", "=", .int(receiptID)]], ["id", "product_uom_qty"]) {
            try pair.odoo("stock.move", "write", [[move["id"] ?? 0], ["quantity": move["product_uom_qty"] ?? 0]])
        }
        try pair.odoo("stock.picking", "button_validate", [[.int(receiptID)]])
        pair.resetCalls()

        try await pair.sandbox.runOnce(["shipstation-receipts"])

        #expect(Self.onHand(pair, "FURN_9001", "se-2001") == 5)     // 0 + 5 received
        #expect(Self.onHand(pair, "FURN_6666", "se-2001") == 18)    // 8 + 10 received
        #expect(Self.v2Writes(pair).count == 2)
        let wh2 = pair.records.all("inventory").filter { $0["inventory_location_id"]?.stringValue == "se-2002" }
        #expect(wh2.isEmpty)

        // A second poll (the lookback re-reads the moves) writes nothing again.
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-receipts"])
        #expect(Self.v2Writes(pair).isEmpty)
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.isEmpty, "\(dead.prefix(3).map { "\($0.identity): \($0.lifecycle.lastError ?? "")" })")
    }
}

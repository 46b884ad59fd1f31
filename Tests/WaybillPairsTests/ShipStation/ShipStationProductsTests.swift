import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Behaviour 1: products Odoo → ShipStation V1 (`shipstation-products`).
@Suite("ShipStation products")
struct ShipStationProductsTests {
    static let skus = ["FURN_0096", "FURN_0269", "FURN_1118", "FURN_5555", "FURN_6666", "FURN_7777", "FURN_7800",
                       "FURN_8220", "FURN_8888", "FURN_9001"]

    @Test("SKU = default_code, name, weightOz from kg; no reference → no call; unchanged → no call",
          arguments: [OdooVersion.v17, .v19])
    func products(version: OdooVersion) async throws {
        let pair = try await ShipStationPair.start(version)
        defer { Task { await pair.stop() } }
        // ShipStation knows the Odoo SKUs (V1 cannot create products): ids 40000001…
        for (index, sku) in Self.skus.enumerated() {
            pair.putProduct(id: 40_000_001 + index, sku: sku, name: "old name \(index)", weightOz: 1)
        }
        // A product without an internal reference is never sent.
        try pair.odoo("product.product", "create", [["name": "No Reference Widget", "weight": 2.0, "type": "consu"]])
        pair.resetCalls()

        try await pair.sandbox.runOnce(["shipstation-products"])

        let desk = try #require(pair.records.first("products") { $0["sku"]?.stringValue == "FURN_0096" })
        #expect(desk["name"]?.stringValue == "Customizable Desk")
        #expect(desk["weightOz"]?.doubleValue == 793.66)          // 22.5 kg / 28.349523125 g
        #expect(desk["price"]?.doubleValue == 9.5)                 // PUT replaces: the rest of the product is kept
        #expect(desk["warehouseLocation"]?.stringValue == "B-7")
        let lamp = try #require(pair.records.first("products") { $0["sku"]?.stringValue == "FURN_7777" })
        #expect(lamp["weightOz"]?.doubleValue == 49.38)            // 1.4 kg
        let puts = pair.calls.filter { $0.method == "PUT" && $0.path.hasPrefix("/products/") }
        #expect(puts.count == Self.skus.count)
        #expect(!pair.records.all("products").contains { $0["name"]?.stringValue == "No Reference Widget" })
        #expect(!pair.calls.contains { $0.query.contains("No") })

        // Second poll: nothing changed in Odoo → no ShipStation call at all.
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-products"])
        #expect(pair.calls.isEmpty, "\(pair.calls.map { "\($0.method) \($0.path)?\($0.query)" })")

        // One product changes → exactly one PUT, for that product.
        try pair.odoo("product.product", "write", [[.int(try pair.productID("FURN_7777"))], ["weight": 2.0]])
        pair.resetCalls()
        try await pair.sandbox.runOnce(["shipstation-products"])
        let changed = pair.calls.filter { $0.method == "PUT" }
        #expect(changed.map(\.path) == ["/products/40000006"])
        let updated = try #require(pair.records.get("products", id: "40000006"))
        #expect(updated["weightOz"]?.doubleValue == 70.55)          // 2.0 kg
        #expect(try await pair.sandbox.deadLetters().isEmpty)
    }

    @Test("a SKU ShipStation does not know is reported (dead letter), not created")
    func unknownSKU() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        for (index, sku) in Self.skus.enumerated() where sku != "FURN_9001" {
            pair.putProduct(id: 40_000_001 + index, sku: sku, name: sku)
        }
        try await pair.sandbox.runOnce(["shipstation-products"])
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.count == 1)
        #expect(dead.first?.identity == "odoo:product:\(try pair.productID("FURN_9001"))")
        #expect(!pair.records.all("products").contains { $0["sku"]?.stringValue == "FURN_9001" })
        #expect(!pair.calls.contains { $0.method == "POST" })
    }
}

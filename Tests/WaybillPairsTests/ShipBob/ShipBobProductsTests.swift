import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// Issue 5, ShipBob 2: Odoo products → ShipBob, matched by SKU or by barcode as
/// tables/product_matching.yaml says (match before create; ids written back to Odoo).
@Suite("ShipBob 2: products", .serialized)
struct ShipBobProductsTests {
    /// Odoo products the flow sends: an internal reference, not a service, active.
    static let odooCodes = ["FURN_0096", "FURN_0269", "FURN_1118", "FURN_5555", "FURN_6666", "FURN_7777", "FURN_7800",
                            "FURN_8220", "FURN_8888", "FURN_9001"]

    static func furnitureProducts(_ bob: ShipBobSimulator) -> [JSONValue] {
        bob.environment.records.filter("products") { ($0["sku"]?.stringValue ?? "").hasPrefix("FURN_") }
    }

    static func creates(_ bob: ShipBobSimulator) -> Int {
        ShipBobFixtures.apiCalls(bob).filter { $0.method == "POST" && $0.path == "/2026-01/product" }.count
    }

    static func expectLinked(_ sandbox: Sandbox, _ bob: ShipBobSimulator) throws {
        let rows = try ShipBobFixtures.read(sandbox.simulators.odoo, "product.product",
                                            [["default_code", "in", .array(odooCodes.map { .string($0) })]],
                                            ["default_code", "x_shipbob_product_id", "x_shipbob_inventory_id"])
        #expect(rows.count == odooCodes.count)
        for row in rows {
            let code = row["default_code"]?.stringValue ?? ""
            let product = try #require(ShipBobFixtures.records(bob, "products", "sku", code).first, "\(code)")
            #expect(row["x_shipbob_product_id"]?.intValue == product["id"]?.intValue, "\(code)")
            let inventory = product["variants"]?.arrayValue?.first?["inventory"]?["inventory_id"]?.intValue
            #expect(inventory != nil && row["x_shipbob_inventory_id"]?.intValue == inventory, "\(code)")
        }
    }

    @Test("matched by SKU (default): the existing product is updated, the others created once", arguments: [OdooVersion.v17, .v19])
    func bySKU(version: OdooVersion) async throws {
        let sandbox = try await ShipBobFixtures.start(odoo: version)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let existing = bob.addProduct(name: "Old desk name", sku: "FURN_0096", barcode: "OTHER-BARCODE")
        try await sandbox.runOnce(["shipbob-products"])
        let furniture = Self.furnitureProducts(bob)
        #expect(furniture.count == Self.odooCodes.count)
        #expect(Set(furniture.compactMap { $0["sku"]?.stringValue }) == Set(Self.odooCodes))
        let desk = try #require(ShipBobFixtures.records(bob, "products", "sku", "FURN_0096").first)
        #expect(desk["id"] == existing["id"])
        #expect(desk["name"] == "Customizable Desk")
        #expect(desk["barcode"] == "601647855631")
        #expect(Self.creates(bob) == Self.odooCodes.count - 1)
        try Self.expectLinked(sandbox, bob)
        // A repeated run creates nothing more, and unchanged products are not written.
        let patches = ShipBobFixtures.apiCalls(bob).filter { $0.method == "PATCH" }.count
        #expect(patches == 1)
        try await sandbox.runOnce(["shipbob-products"])
        #expect(Self.creates(bob) == Self.odooCodes.count - 1)
        #expect(ShipBobFixtures.apiCalls(bob).filter { $0.method == "PATCH" }.count == patches)
        #expect(Self.furnitureProducts(bob).count == Self.odooCodes.count)
        #expect(try await sandbox.deadLetters().isEmpty)
    }

    @Test("matched by barcode (table row `default: barcode`): a product with another SKU but the barcode is adopted")
    func byBarcode() async throws {
        let rules = try ShipBobFixtures.rules(editing: "odoo-shipbob/tables/product_matching.yaml") {
            $0.replacingOccurrences(of: "default: sku", with: "default: barcode")
        }
        defer { try? FileManager.default.removeItem(at: rules) }
        let sandbox = try await ShipBobFixtures.start(rules: rules)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let existing = bob.addProduct(name: "Desk (warehouse label)", sku: "SB-DESK-1", barcode: "601647855631")
        try await sandbox.runOnce(["shipbob-products"])
        #expect(Self.creates(bob) == Self.odooCodes.count - 1)
        #expect(ShipBobFixtures.records(bob, "products", "sku", "SB-DESK-1").isEmpty)
        let desk = try #require(ShipBobFixtures.records(bob, "products", "barcode", "601647855631").first)
        #expect(desk["id"] == existing["id"])
        #expect(desk["sku"] == "FURN_0096")
        #expect(desk["name"] == "Customizable Desk")
        #expect(ShipBobFixtures.apiCalls(bob).contains { $0.query.contains("Barcode=601647855631") })
        // Matched by barcode, the desk is never looked up by SKU (new products are: SKUs are unique).
        #expect(!ShipBobFixtures.apiCalls(bob).contains { $0.query.contains("SKU=FURN_0096") })
        try Self.expectLinked(sandbox, bob)
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Helpers shared by the Odoo ↔ ShipStation end-to-end tests: a sandbox of the pack, Odoo calls
/// through the simulator's `execute_kw`, and ShipStation records and calls.
struct ShipStationPair {
    let sandbox: Sandbox
    let ship: ShipStationSimulator

    /// A sandbox running `odoo-shipstation` against Odoo `version`, demo data loaded.
    static func start(
        _ version: OdooVersion = .v19, manualClocks: [String: Date] = [:]
    ) async throws -> ShipStationPair {
        let options = SandboxOptions(packs: ["odoo-shipstation"], odooVersion: version, manualClocks: manualClocks)
        let sandbox = try await Sandbox.start(options)
        let ship = try #require(sandbox.simulators.shipStation)
        return ShipStationPair(sandbox: sandbox, ship: ship)
    }

    func stop() async { await sandbox.stop() }

    // MARK: Odoo

    @discardableResult
    func odoo(_ model: String, _ method: String, _ args: [OdooValue], _ kwargs: OdooDict = OdooDict()) throws -> OdooValue {
        try sandbox.simulators.odoo.instance.executeKw(model: model, method: method, args: args, kwargs: kwargs)
    }

    /// `search_read` → rows as dictionaries.
    func searchRead(_ model: String, _ domain: OdooValue, _ fields: [String]) throws -> [OdooDict] {
        let result = try odoo(model, "search_read", [domain], ["fields": .array(fields.map { .string($0) })])
        return (result.arrayValue ?? []).compactMap(\.dictValue)
    }

    /// One record by id.
    func read(_ model: String, _ id: Int, _ fields: [String]) throws -> OdooDict {
        try #require(try searchRead(model, [["id", "=", .int(id)]], fields).first)
    }

    /// The id of the product with internal reference `code`.
    func productID(_ code: String) throws -> Int {
        try #require(try searchRead("product.product", [["default_code", "=", .string(code)]], ["id"]).first?["id"]?.intValue)
    }

    /// The outgoing (or incoming) operation type of warehouse `warehouse`.
    func pickingType(_ code: String, warehouse: Int = 1) throws -> Int {
        let rows = try searchRead("stock.picking.type", [["code", "=", .string(code)], ["warehouse_id", "=", .int(warehouse)]], ["id"])
        return try #require(rows.first?["id"]?.intValue)
    }

    /// A confirmed, reserved outgoing picking of `lines` (SKU, quantity) for a demo customer.
    func readyDelivery(_ lines: [(String, Double)], warehouse: Int = 1) throws -> Int {
        let partner = try #require(try searchRead("res.partner", [["street", "!=", false], ["is_company", "=", true]],
                                                  ["id"]).first?["id"]?.intValue)
        var moves: [OdooValue] = []
        for (code, quantity) in lines {
            moves.append([0, 0, ["product_id": .int(try productID(code)), "product_uom_qty": .double(quantity)]])
        }
        let picking = try #require(try odoo("stock.picking", "create", [[
            "picking_type_id": .int(try pickingType("outgoing", warehouse: warehouse)), "partner_id": .int(partner),
            "origin": "SO-TEST", "move_ids": .array(moves),
        ]]).intValue)
        try odoo("stock.picking", "action_confirm", [[.int(picking)]])
        try odoo("stock.picking", "action_assign", [[.int(picking)]])
        return picking
    }

    // MARK: ShipStation

    var records: RecordStore { ship.environment.records }
    var calls: [CallRecord] { ship.environment.calls.calls }

    /// V1 calls (not `/v2/`) since the log was last reset.
    var v1Calls: [CallRecord] { calls.filter { !$0.path.hasPrefix("/v2/") } }

    func resetCalls() { ship.environment.calls.reset() }

    /// Puts a V1 product with `sku` (id `productId`).
    func putProduct(id: Int, sku: String, name: String, weightOz: Double = 1, price: Double = 9.5) {
        records.put("products", id: String(id), [
            "productId": .int(id), "sku": .string(sku), "name": .string(name), "price": .double(price),
            "weightOz": .double(weightOz), "active": true, "createDate": "2026-01-01T08:00:00.0000000",
            "modifyDate": "2026-01-01T08:00:00.0000000", "warehouseLocation": "B-7",
        ])
    }

    /// Stores one shipment (label) of `order` with the given tracking number, cost, Pacific
    /// `createDate`, voided flag and items (SKU, quantity); the batch number is the shipment id.
    @discardableResult
    func putShipment(
        id: Int, order: JSONValue, tracking: String, cost: Double, createDate: String, voided: Bool = false,
        items: [(String, Int)]
    ) -> JSONValue {
        let shipment: JSONValue = [
            "shipmentId": .int(id), "orderId": order["orderId"] ?? nil, "orderKey": order["orderKey"] ?? nil,
            "orderNumber": order["orderNumber"] ?? nil, "createDate": .string(createDate),
            "shipDate": .string(String(createDate.prefix(10))), "shipmentCost": .double(cost), "insuranceCost": 0.0,
            "trackingNumber": .string(tracking), "isReturnLabel": false, "batchNumber": .string(String(id)),
            "carrierCode": "ups", "serviceCode": "ups_ground", "warehouseId": 501, "voided": .bool(voided),
            "voidDate": voided ? .string(createDate) : nil, "advancedOptions": ["storeId": nil],
            "shipmentItems": .array(items.map { ["sku": .string($0.0), "name": .string($0.0), "quantity": .int($0.1)] }),
        ]
        records.put("shipments", id: String(id), shipment)
        return shipment
    }

    /// The ShipStation order exported for Odoo picking `picking`.
    func order(forPicking picking: Int) -> JSONValue? {
        records.first("orders") { $0["orderKey"]?.stringValue == "odoo-picking-\(picking)" }
    }

    /// Sets an order's status.
    func setOrderStatus(_ order: JSONValue, _ status: String) throws {
        let id = try #require(order["orderId"]?.intValue)
        _ = records.update("orders", id: String(id)) { $0["orderStatus"] = .string(status) }
    }

    // MARK: Engine

    /// Dead letters whose last error mentions `text`.
    func deadLetters(mentioning text: String) async throws -> [Job] {
        try await sandbox.deadLetters().filter { ($0.lifecycle.lastError ?? "").contains(text) }
    }
}

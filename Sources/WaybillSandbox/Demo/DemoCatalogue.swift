import WaybillSimulators

/// The demo shop's catalogue in Odoo: the six products every other simulator already sells
/// (same SKUs), with stock in both warehouses, so all four pairs have something to move.
enum DemoCatalogue {
    /// SKU, name, weight (kg), price, cost, barcode, quantity in WH, quantity in WH2.
    static let products: [(String, String, Double, Double, Double, String, Double, Double)] = [
        ("WB-MUG-001", "Waybill Enamel Mug", 0.35, 14, 5.2, "0860001000011", 120, 40),
        ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 0.2, 22, 7.5, "0860001000028", 80, 0),
        ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 0.22, 22, 7.5, "0860001000035", 64, 12),
        ("WB-CAP-NVY", "Waybill Cap Navy", 0.15, 18.5, 6, "0860001000042", 45, 5),
        ("WB-BOTTLE-750", "Steel Bottle 750 ml", 0.4, 27, 11, "0860001000059", 30, 0),
        ("WB-NOTE-A5", "Dot Grid Notebook A5", 0.25, 9.75, 3.1, "0860001000066", 200, 60),
    ]

    /// Creates the products and their quants in the Odoo simulator; returns the product ids by SKU.
    @discardableResult
    static func seed(_ odoo: OdooSimulator) throws -> [String: Int] {
        let instance = odoo.instance
        // The demo shop sells these six products only: the simulator's other demo products are
        // archived, so the day stays within ShipStation's 40 requests a minute (and a minute long).
        let others = try instance.executeKw(model: "product.product", method: "search", args: [[
            ["default_code", "!=", false], ["type", "!=", "service"]]])
        if let ids = others.arrayValue, !ids.isEmpty {
            _ = try instance.executeKw(model: "product.product", method: "write", args: [.array(ids), ["active": false]])
        }
        let stocks = try instance.executeKw(model: "stock.warehouse", method: "search_read", args: [[]],
                                            kwargs: ["fields": ["lot_stock_id"], "order": "id asc"])
        let locations = (stocks.arrayValue ?? []).compactMap { $0.dictValue?["lot_stock_id"]?.arrayValue?.first?.intValue }
        let storable: OdooDict = instance.version.major >= 18 ? ["type": "consu", "is_storable": true] : ["type": "product"]
        var ids: [String: Int] = [:]
        for (sku, name, weight, price, cost, barcode, main, second) in products {
            var values: OdooDict = [
                "name": .string(name), "default_code": .string(sku), "weight": .double(weight),
                "list_price": .double(price), "standard_price": .double(cost), "barcode": .string(barcode),
            ]
            for (key, value) in storable { values[key] = value }
            guard let id = try instance.executeKw(model: "product.product", method: "create", args: [.dict(values)]).intValue
            else { continue }
            ids[sku] = id
            for (location, quantity) in zip(locations, [main, second]) where quantity > 0 {
                _ = try instance.executeKw(model: "stock.quant", method: "create", args: [[
                    "product_id": .int(id), "location_id": .int(location), "quantity": .double(quantity),
                ]])
            }
        }
        return ids
    }
}

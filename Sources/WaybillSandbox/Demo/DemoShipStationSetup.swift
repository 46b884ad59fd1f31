import Foundation
import WaybillSimulators

/// What a merchant's ShipStation account already holds before Waybill is switched on: a product
/// for every internal reference Odoo sells (ShipStation V1 cannot create products; they arrive with
/// the store's orders), and the V2 inventory warehouses and locations that
/// `rules/odoo-shipstation/tables/warehouses.yaml` maps Odoo's warehouses to.
enum DemoShipStationSetup {
    static func prepare(_ sandbox: Sandbox) throws {
        guard let shipStation = sandbox.simulators.shipStation else { return }
        let records = shipStation.environment.records
        let known = Set(records.all("products").compactMap { $0["sku"]?.stringValue })
        let products = try sandbox.simulators.odoo.instance.executeKw(
            model: "product.product", method: "search_read", args: [[["default_code", "!=", false]]],
            kwargs: ["fields": ["default_code", "name", "list_price"]])
        var next = 31_000_001
        for product in products.arrayValue ?? [] {
            guard let sku = product.dictValue?["default_code"]?.stringValue, !known.contains(sku) else { continue }
            records.put("products", id: String(next), [
                "productId": .int(next), "sku": .string(sku),
                "name": .string(product.dictValue?["name"]?.stringValue ?? sku),
                "price": .double(product.dictValue?["list_price"]?.doubleValue ?? 0), "weightOz": nil, "active": true,
            ])
            next += 1
        }
        let now = ISO8601DateFormatter().string(from: Date())
        for (warehouse, location, name) in [("se-1001", "se-2001", "Main Warehouse"), ("se-1002", "se-2002", "Second Warehouse")] {
            records.put("inventory_warehouses", id: warehouse, [
                "inventory_warehouse_id": .string(warehouse), "name": .string(name),
                "created_at": .string(now), "updated_at": .string(now)])
            records.put("inventory_locations", id: location, [
                "inventory_location_id": .string(location), "name": "Bulk", "inventory_warehouse_id": .string(warehouse),
                "created_at": .string(now), "updated_at": .string(now)])
        }
    }
}

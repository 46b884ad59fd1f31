import Foundation

extension ShipStationSimulator {
    static let transactionTypes: Set<String> = ["increment", "decrement", "adjust", "modify"]

    func registerInventory(_ router: inout SimRouter) {
        addV2(&router, "GET", "/v2/inventory") { [unowned self] request in try listInventory(request) }
        addV2(&router, "POST", "/v2/inventory") { [unowned self] request in try updateInventory(request) }
        addV2(&router, "PUT", "/v2/inventory") { [unowned self] request in try updateInventory(request) }
        addV2(&router, "GET", "/v2/inventory_warehouses") { [unowned self] request in
            pagedV2("inventory_warehouses", environment.records.all("inventory_warehouses"), request)
        }
        addV2(&router, "POST", "/v2/inventory_warehouses") { [unowned self] request in
            guard let name = request.json?["name"]?.stringValue else { throw v2Invalid("name is required") }
            let now = SimTime.iso8601(environment.clock.now())
            let id = "se-\(environment.records.nextID("inventory_warehouse_seq", firstID: 900))"
            let record: JSONValue = ["inventory_warehouse_id": .string(id), "name": .string(name),
                                     "created_at": .string(now), "updated_at": .string(now)]
            environment.records.put("inventory_warehouses", id: id, record)
            return .json(record, status: 200)
        }
        addV2(&router, "GET", "/v2/inventory_locations") { [unowned self] request in
            var locations = environment.records.all("inventory_locations")
            if let warehouse = request.query("inventory_warehouse_id") {
                locations = locations.filter { $0["inventory_warehouse_id"]?.stringValue == warehouse }
            }
            return pagedV2("inventory_locations", locations, request)
        }
        addV2(&router, "POST", "/v2/inventory_locations") { [unowned self] request in
            guard let body = request.json, let name = body["name"]?.stringValue,
                  let warehouse = body["inventory_warehouse_id"]?.stringValue else {
                throw v2Invalid("name and inventory_warehouse_id are required")
            }
            guard environment.records.get("inventory_warehouses", id: warehouse) != nil else {
                throw v2Invalid("inventory_warehouse_id \(warehouse) was not found")
            }
            let now = SimTime.iso8601(environment.clock.now())
            let id = "se-\(environment.records.nextID("inventory_location_seq", firstID: 9_000))"
            let record: JSONValue = ["inventory_location_id": .string(id), "name": .string(name),
                                     "inventory_warehouse_id": .string(warehouse), "created_at": .string(now), "updated_at": .string(now)]
            environment.records.put("inventory_locations", id: id, record)
            return .json(record)
        }
        addV2(&router, "GET", "/v2/warehouses") { [unowned self] _ in
            .json(["warehouses": .array(environment.records.all("v2_warehouses"))])
        }
    }

    func v2Invalid(_ message: String) -> SimResponseError {
        SimResponseError(v2Error(400, type: "validation", code: "invalid_field_value", message: message))
    }

    private func listInventory(_ request: SimRequest) throws -> SimResponse {
        var rows = environment.records.all("inventory")
        for field in ["sku", "inventory_warehouse_id", "inventory_location_id"] {
            if let value = request.query(field) { rows = rows.filter { $0[field]?.stringValue == value } }
        }
        if request.query("group_by") == "warehouse" {
            var grouped: [String: JSONValue] = [:]
            var order: [String] = []
            for row in rows {
                let key = "\(row["sku"]?.stringValue ?? "")|\(row["inventory_warehouse_id"]?.stringValue ?? "")"
                if var sum = grouped[key] {
                    for field in ["on_hand", "allocated", "available"] {
                        sum[field] = .int((sum[field]?.intValue ?? 0) + (row[field]?.intValue ?? 0))
                    }
                    sum["inventory_location_id"] = nil
                    grouped[key] = sum
                } else {
                    var first = row
                    first["inventory_location_id"] = nil
                    grouped[key] = first
                    order.append(key)
                }
            }
            rows = order.compactMap { grouped[$0] }
        }
        return pagedV2("inventory", rows, request)
    }

    private func updateInventory(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json else { throw v2Invalid("request body must be JSON") }
        guard let type = body["transaction_type"]?.stringValue, Self.transactionTypes.contains(type) else {
            throw v2Invalid("transaction_type must be one of increment, decrement, adjust, modify")
        }
        guard let sku = body["sku"]?.stringValue, let location = body["inventory_location_id"]?.stringValue else {
            throw v2Invalid("sku and inventory_location_id are required")
        }
        guard let place = environment.records.get("inventory_locations", id: location) else {
            throw v2Invalid("inventory_location_id \(location) was not found")
        }
        let quantity = body["quantity"]?.intValue ?? 0
        guard quantity >= 0 else { throw v2Invalid("quantity must be zero or more") }
        let key = "\(sku)|\(location)"
        var row = environment.records.get("inventory", id: key) ?? [
            "sku": .string(sku), "on_hand": 0, "allocated": 0, "available": 0,
            "average_cost": ["currency": "usd", "amount": 0.0],
            "inventory_warehouse_id": place["inventory_warehouse_id"] ?? nil, "inventory_location_id": .string(location),
        ]
        let onHand = row["on_hand"]?.intValue ?? 0
        switch type {
        case "increment": row["on_hand"] = .int(onHand + quantity)
        case "decrement":
            guard onHand >= quantity else { throw v2Invalid("cannot decrement \(quantity) from \(onHand) on hand") }
            row["on_hand"] = .int(onHand - quantity)
        case "adjust": row["on_hand"] = .int(quantity)
        default: break
        }
        if let cost = body["cost"], cost != .null { row["average_cost"] = cost }
        row["available"] = .int((row["on_hand"]?.intValue ?? 0) - (row["allocated"]?.intValue ?? 0))
        environment.records.put("inventory", id: key, row)
        return .empty(204)
    }

    /// A V2 list `{<key>, total, page, pages, links}` for `page` / `page_size` (or `limit`).
    func pagedV2(_ key: String, _ items: [JSONValue], _ request: SimRequest) -> SimResponse {
        let size = min(500, max(1, request.queryInt("page_size") ?? request.queryInt("limit") ?? 25))
        let slice = PageSlice(items, page: request.queryInt("page") ?? 1, size: size)
        func link(_ page: Int) -> JSONValue {
            ["href": .string("\(environment.baseURL)\(request.path)?page=\(page)&page_size=\(size)")]
        }
        var links: [String: JSONValue] = ["first": link(1), "last": link(slice.pages)]
        links["prev"] = slice.page >= 2 ? link(slice.page - 1) : [:]
        links["next"] = slice.page < slice.pages ? link(slice.page + 1) : [:]
        return .json([key: .array(slice.items), "total": .int(slice.total), "page": .int(slice.page),
                      "pages": .int(slice.pages), "links": .object(links)])
    }
}

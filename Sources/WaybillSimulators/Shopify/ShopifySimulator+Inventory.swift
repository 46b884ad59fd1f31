import Foundation

extension ShopifySimulator {
    func registerInventory(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/inventory_items.json") { [unowned self] request in
            guard let ids = request.query("ids") else { throw unprocessable("ids", "must be present") }
            let wanted = ids.split(separator: ",").map(String.init)
            return .json(["inventory_items": .array(wanted.compactMap { environment.records.get("inventory_items", id: $0) })])
        }
        addAPI(&router, "GET", "/inventory_items/{id}.json") { [unowned self] request in
            guard let item = environment.records.get("inventory_items", id: request.parameter("id") ?? "") else { return notFound(request) }
            return .json(["inventory_item": item])
        }
        addAPI(&router, "GET", "/inventory_levels.json") { [unowned self] request in
            guard request.query("inventory_item_ids") != nil || request.query("location_ids") != nil else {
                throw unprocessable("base", "inventory_item_ids or location_ids must be present")
            }
            return try paged("inventory_levels", request) { level, query in
                for (param, field) in [("inventory_item_ids", "inventory_item_id"), ("location_ids", "location_id")] {
                    if let ids = query.query(param), !ids.split(separator: ",").map(String.init).contains(level[field]?.stringValue ?? "") {
                        return false
                    }
                }
                return true
            }
        }
        addAPI(&router, "POST", "/inventory_levels/set.json") { [unowned self] request in
            let (item, location) = try levelTarget(request)
            guard let available = request.json?["available"]?.intValue else { throw unprocessable("available", "must be an integer") }
            return .json(["inventory_level": setLevel(itemID: item, locationID: location, available: available).publicView])
        }
        addAPI(&router, "POST", "/inventory_levels/adjust.json") { [unowned self] request in
            let (item, location) = try levelTarget(request)
            guard let delta = request.json?["available_adjustment"]?.intValue else {
                throw unprocessable("available_adjustment", "must be an integer")
            }
            guard let current = environment.records.get("inventory_levels", id: "\(item)|\(location)") else {
                throw unprocessable("base", "Inventory item is not stocked at the location")
            }
            let available = (current["available"]?.intValue ?? 0) + delta
            return .json(["inventory_level": setLevel(itemID: item, locationID: location, available: available).publicView])
        }
        addAPI(&router, "POST", "/inventory_levels/connect.json") { [unowned self] request in
            let (item, location) = try levelTarget(request)
            let existing = environment.records.get("inventory_levels", id: "\(item)|\(location)")
            let level = existing ?? setLevel(itemID: item, locationID: location, available: 0)
            return .json(["inventory_level": level.publicView], status: existing == nil ? 201 : 200)
        }
    }

    private func levelTarget(_ request: SimRequest) throws -> (Int, Int) {
        guard let body = request.json, let item = body["inventory_item_id"]?.intValue, let location = body["location_id"]?.intValue else {
            throw unprocessable("base", "inventory_item_id and location_id are required")
        }
        guard environment.records.get("inventory_items", id: String(item)) != nil else {
            throw unprocessable("inventory_item_id", "Inventory item does not exist")
        }
        guard environment.records.get("locations", id: String(location)) != nil else {
            throw unprocessable("location_id", "Location does not exist")
        }
        return (item, location)
    }

    /// Sets the available quantity of an item at a location and mirrors it on the variant.
    @discardableResult
    func setLevel(itemID: Int, locationID: Int, available: Int) -> JSONValue {
        var level: JSONValue = ["inventory_item_id": .int(itemID), "location_id": .int(locationID), "available": .int(available),
                                "admin_graphql_api_id": .string("gid://shopify/InventoryLevel/\(locationID)?inventory_item_id=\(itemID)")]
        stamp(&level, "updated_at")
        environment.records.put("inventory_levels", id: "\(itemID)|\(locationID)", level)
        if let variant = environment.records.first("variants", where: { $0["inventory_item_id"]?.intValue == itemID }),
           let variantID = variant["id"]?.stringValue {
            let total = environment.records.filter("inventory_levels") { $0["inventory_item_id"]?.intValue == itemID }
                .reduce(0) { $0 + ($1["available"]?.intValue ?? 0) }
            environment.records.update("variants", id: variantID) { $0["inventory_quantity"] = .int(total) }
        }
        return level
    }
}

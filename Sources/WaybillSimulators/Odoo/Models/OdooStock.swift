/// Stock quantities from quants and moves, scoped by the `location` / `warehouse` context keys.
enum OdooStock {
    /// On-hand (or free, when `free`) quantity of a product in the internal locations the context selects.
    static func onHand(_ database: OdooDatabase, product: Int, context: OdooDict, free: Bool = false) -> Double {
        let locations = scope(database, context: context)
        var total = 0.0
        for quant in database.referencing("stock.quant", "product_id", product) {
            guard let row = database.row("stock.quant", quant), let location = row["location_id"]?.intValue,
                locations.contains(location)
            else { continue }
            total += row["quantity"]?.doubleValue ?? 0
            if free { total -= row["reserved_quantity"]?.doubleValue ?? 0 }
        }
        return total
    }

    /// On hand plus incoming minus outgoing quantities of moves not yet done or cancelled.
    static func forecast(_ database: OdooDatabase, product: Int, context: OdooDict) -> Double {
        let locations = scope(database, context: context)
        var total = onHand(database, product: product, context: context)
        for move in database.referencing("stock.move", "product_id", product) {
            guard let row = database.row("stock.move", move),
                let state = row["state"]?.stringValue, !["draft", "done", "cancel"].contains(state)
            else { continue }
            let qty = row["product_uom_qty"]?.doubleValue ?? 0
            let from = row["location_id"]?.intValue.map { locations.contains($0) } ?? false
            let to = row["location_dest_id"]?.intValue.map { locations.contains($0) } ?? false
            if to && !from { total += qty }
            if from && !to { total -= qty }
        }
        return total
    }

    /// Internal locations selected by `context.location` or `context.warehouse` (ids or names), else all.
    static func scope(_ database: OdooDatabase, context: OdooDict) -> Set<Int> {
        var roots: [Int] = []
        if let location = context["location"], location != .bool(false) {
            roots = resolve(database, "stock.location", location, nameField: "name")
        } else if let warehouse = context["warehouse"] ?? context["warehouse_id"], warehouse != .bool(false) {
            roots = resolve(database, "stock.warehouse", warehouse, nameField: "name")
                .compactMap { database.row("stock.warehouse", $0)?["view_location_id"]?.intValue }
        } else {
            roots = database.allIds("stock.location").filter {
                database.row("stock.location", $0)?["location_id"]?.intValue == nil
            }
        }
        var result = Set<Int>()
        var frontier = roots
        while let current = frontier.popLast() {
            guard result.insert(current).inserted else { continue }
            frontier.append(contentsOf: database.referencing("stock.location", "location_id", current))
        }
        return result.filter { database.row("stock.location", $0)?["usage"] == "internal" }
    }

    private static func resolve(_ database: OdooDatabase, _ model: String, _ value: OdooValue, nameField: String) -> [Int] {
        let items = value.arrayValue ?? [value]
        return items.flatMap { item -> [Int] in
            if let id = item.intValue { return [id] }
            guard let name = item.stringValue else { return [] }
            return database.allIds(model).filter {
                database.row(model, $0)?[nameField]?.stringValue == name
                    || database.row(model, $0)?["code"]?.stringValue == name
                    || database.displayName(model: model, id: $0) == name
            }
        }
    }

    /// Adds `quantity` (may be negative) of `product` to the quant at `location`, creating it if needed.
    static func adjust(_ database: OdooDatabase, product: Int, location: Int, by quantity: Double) throws {
        guard database.row("stock.location", location)?["usage"] == "internal" else { return }
        let existing = database.referencing("stock.quant", "product_id", product).first {
            database.row("stock.quant", $0)?["location_id"]?.intValue == location
        }
        if let existing, let row = database.row("stock.quant", existing) {
            let current = row["quantity"]?.doubleValue ?? 0
            database.touch("stock.quant", existing, ["quantity": .double(current + quantity)])
        } else {
            try database.create(
                "stock.quant", ["product_id": .int(product), "location_id": .int(location), "quantity": .double(quantity)])
        }
    }
}

/// Reservation of stock for moves: quants' `reserved_quantity`, the move's `quantity` and its state.
enum OdooReservation {
    /// Reserves what is available for every open move of a picking. Moves from non-internal
    /// locations (suppliers, inventory) are always fully available.
    static func reserve(_ database: OdooDatabase, picking: Int) {
        for move in database.referencing("stock.move", "picking_id", picking) {
            guard let row = database.row("stock.move", move), let state = row["state"]?.stringValue,
                ["confirmed", "waiting", "partially_available"].contains(state),
                let product = row["product_id"]?.intValue, let source = row["location_id"]?.intValue
            else { continue }
            let demand = row["product_uom_qty"]?.doubleValue ?? 0
            let already = row["reserved_availability"]?.doubleValue ?? 0
            var reserved = already
            if database.row("stock.location", source)?["usage"] != "internal" {
                reserved = demand
            } else {
                let locations = OdooStock.scope(database, context: ["location": .int(source)])
                for quant in database.referencing("stock.quant", "product_id", product) where reserved < demand {
                    guard let quantRow = database.row("stock.quant", quant), let location = quantRow["location_id"]?.intValue,
                        locations.contains(location)
                    else { continue }
                    let onHand = quantRow["quantity"]?.doubleValue ?? 0
                    let taken = quantRow["reserved_quantity"]?.doubleValue ?? 0
                    let grab = min(max(onHand - taken, 0), demand - reserved)
                    guard grab > 0 else { continue }
                    database.touch("stock.quant", quant, ["reserved_quantity": .double(taken + grab)])
                    reserved += grab
                }
            }
            let newState = reserved >= demand ? "assigned" : (reserved > 0 ? "partially_available" : "confirmed")
            database.touch("stock.move", move, [
                "reserved_availability": .double(reserved), "quantity": .double(reserved), "state": .string(newState),
            ])
        }
    }

    /// Gives back the quantity a move holds reserved on the quants of its source location.
    static func release(_ database: OdooDatabase, move: Int) {
        guard let row = database.row("stock.move", move), let product = row["product_id"]?.intValue,
            let source = row["location_id"]?.intValue
        else { return }
        var remaining = row["reserved_availability"]?.doubleValue ?? 0
        guard remaining > 0 else { return }
        let locations = OdooStock.scope(database, context: ["location": .int(source)])
        for quant in database.referencing("stock.quant", "product_id", product) where remaining > 0 {
            guard let quantRow = database.row("stock.quant", quant), let location = quantRow["location_id"]?.intValue,
                locations.contains(location)
            else { continue }
            let taken = quantRow["reserved_quantity"]?.doubleValue ?? 0
            let give = min(taken, remaining)
            guard give > 0 else { continue }
            database.touch("stock.quant", quant, ["reserved_quantity": .double(taken - give)])
            remaining -= give
        }
        database.touch("stock.move", move, ["reserved_availability": 0.0])
    }
}

/// button_validate: moves the done quantities and puts what is left in a backorder.
extension OdooPickingWorkflow {
    static let validate = OdooMethod("button_validate", onRecords: true) { database, call in
        for id in call.ids { try validatePicking(database, id, cancelBackorder: call.context["cancel_backorder"] == .bool(true)) }
        return .bool(true)
    }

    static func validatePicking(_ database: OdooDatabase, _ id: Int, cancelBackorder: Bool) throws {
        let state = try pickingState(database, id)
        let name = database.row("stock.picking", id)?["name"]?.stringValue ?? "\(id)"
        if state == "done" || state == "cancel" {
            throw OdooError.user("You cannot validate a transfer that is \(state == "done" ? "done" : "cancelled") (\(name)).")
        }
        if state == "draft" { try confirmPicking(database, id) }
        let moves = database.referencing("stock.move", "picking_id", id).filter {
            !["done", "cancel"].contains(database.row("stock.move", $0)?["state"]?.stringValue ?? "")
        }
        let quantities = moves.map { database.row("stock.move", $0)?["quantity"]?.doubleValue ?? 0 }
        guard quantities.contains(where: { $0 > 0 }) else {
            throw OdooError.user(
                "You cannot validate a transfer if no quantities are reserved nor done. To force the transfer, encode quantities.")
        }
        var leftovers: [(move: Int, remaining: Double)] = []
        for (move, done) in zip(moves, quantities) {
            guard let row = database.row("stock.move", move), let product = row["product_id"]?.intValue else { continue }
            let demand = row["product_uom_qty"]?.doubleValue ?? 0
            OdooReservation.release(database, move: move)
            if done <= 0 {
                leftovers.append((move, demand))
                continue
            }
            if let source = row["location_id"]?.intValue {
                try OdooStock.adjust(database, product: product, location: source, by: -done)
            }
            if let destination = row["location_dest_id"]?.intValue {
                try OdooStock.adjust(database, product: product, location: destination, by: done)
            }
            if demand > done { leftovers.append((move, demand - done)) }
            database.touch("stock.move", move, [
                "state": "done", "product_uom_qty": .double(demand > done ? done : demand), "quantity": .double(done),
                "picked": true, "date": .string(database.transactionStart),
            ])
            creditOrderLine(database, row, done: done)
        }
        let fullyUndone = leftovers.filter { left in database.row("stock.move", left.move)?["state"] != "done" }
        for left in fullyUndone { database.touch("stock.move", left.move, ["state": "cancel"]) }
        database.touch("stock.picking", id, ["state": "done", "date_done": .string(database.transactionStart)])
        if !leftovers.isEmpty && !cancelBackorder {
            try createBackorder(database, of: id, leftovers: leftovers)
        }
    }

    /// Adds the done quantity to the sale line's `qty_delivered` or the purchase line's `qty_received`.
    private static func creditOrderLine(_ database: OdooDatabase, _ move: OdooDatabase.Row, done: Double) {
        if let line = move["sale_line_id"]?.intValue, let row = database.row("sale.order.line", line) {
            database.touch("sale.order.line", line, ["qty_delivered": .double((row["qty_delivered"]?.doubleValue ?? 0) + done)])
        }
        if let line = move["purchase_line_id"]?.intValue, let row = database.row("purchase.order.line", line) {
            database.touch("purchase.order.line", line, ["qty_received": .double((row["qty_received"]?.doubleValue ?? 0) + done)])
        }
    }

    /// A new picking with the remaining quantities, the same origin, partner and custom `x_` fields.
    private static func createBackorder(_ database: OdooDatabase, of id: Int, leftovers: [(move: Int, remaining: Double)]) throws {
        guard let source = database.row("stock.picking", id) else { return }
        let copied = [
            "picking_type_id", "location_id", "location_dest_id", "partner_id", "origin", "scheduled_date", "carrier_id",
            "sale_id", "purchase_id", "company_id", "priority", "move_type", "note", "date_deadline",
        ]
        var vals = OdooDict()
        for key in copied { if let value = source[key], value != .bool(false) { vals[key] = value } }
        for (key, value) in source where key.hasPrefix("x_") { vals[key] = value }
        vals["backorder_id"] = .int(id)
        let backorder = try database.create("stock.picking", vals)
        for left in leftovers {
            guard let move = database.row("stock.move", left.move) else { continue }
            var moveVals = OdooDict()
            for key in ["product_id", "name", "location_id", "location_dest_id", "origin", "sale_line_id", "purchase_line_id", "partner_id"] {
                if let value = move[key], value != .bool(false) { moveVals[key] = value }
            }
            moveVals["product_uom_qty"] = .double(left.remaining)
            moveVals["picking_id"] = .int(backorder)
            moveVals["state"] = "confirmed"
            try database.create("stock.move", moveVals)
        }
        refreshState(database, backorder)
        OdooReservation.reserve(database, picking: backorder)
        refreshState(database, backorder)
    }
}

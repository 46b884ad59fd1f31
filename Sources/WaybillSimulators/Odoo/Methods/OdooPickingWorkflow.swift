/// The stock.picking workflow: action_confirm, action_assign, button_validate (with backorders), action_cancel.
enum OdooPickingWorkflow {
    static let methods = [confirm, assign, validate, cancel]

    static let confirm = OdooMethod("action_confirm", onRecords: true) { database, call in
        for id in call.ids { try confirmPicking(database, id) }
        return .bool(true)
    }

    static let assign = OdooMethod("action_assign", onRecords: true) { database, call in
        for id in call.ids {
            let state = try pickingState(database, id)
            if state == "draft" { try confirmPicking(database, id) }
            guard !["done", "cancel"].contains(state) else {
                throw OdooError.user("Nothing to check the availability for.")
            }
            OdooReservation.reserve(database, picking: id)
            refreshState(database, id)
        }
        return .bool(true)
    }

    static let cancel = OdooMethod("action_cancel", onRecords: true) { database, call in
        for id in call.ids {
            let moves = database.referencing("stock.move", "picking_id", id)
            if try pickingState(database, id) == "done" || moves.contains(where: { database.row("stock.move", $0)?["state"] == "done" }) {
                throw OdooError.user(
                    "You cannot cancel a stock move that has been set to 'Done'. Create a return in order to reverse the moves which took place.")
            }
            for move in moves {
                OdooReservation.release(database, move: move)
                database.touch("stock.move", move, ["state": "cancel"])
            }
            database.touch("stock.picking", id, ["state": "cancel"])
        }
        return .bool(true)
    }

    static func pickingState(_ database: OdooDatabase, _ id: Int) throws -> String {
        guard let state = database.row("stock.picking", id)?["state"]?.stringValue else {
            throw OdooError.missing(model: "stock.picking", ids: [id])
        }
        return state
    }

    /// draft → confirmed; receipts (from supplier or inventory locations) are then reserved at once.
    static func confirmPicking(_ database: OdooDatabase, _ id: Int) throws {
        let state = try pickingState(database, id)
        guard state == "draft" else { return }
        let moves = database.referencing("stock.move", "picking_id", id)
        guard !moves.isEmpty else { throw OdooError.user("Please add some items to move.") }
        for move in moves where database.row("stock.move", move)?["state"] == "draft" {
            database.touch("stock.move", move, ["state": "confirmed"])
        }
        refreshState(database, id)
        if let source = database.row("stock.picking", id)?["location_id"]?.intValue,
            let usage = database.row("stock.location", source)?["usage"]?.stringValue,
            ["supplier", "inventory", "production"].contains(usage)
        {
            OdooReservation.reserve(database, picking: id)
            refreshState(database, id)
        }
    }

    /// Recomputes the picking state from its moves (move_type "direct": ready as soon as anything is).
    static func refreshState(_ database: OdooDatabase, _ id: Int) {
        let states = database.referencing("stock.move", "picking_id", id).compactMap {
            database.row("stock.move", $0)?["state"]?.stringValue
        }
        let live = states.filter { $0 != "cancel" }
        let state: String
        if states.isEmpty || states.contains("draft") {
            state = "draft"
        } else if live.isEmpty {
            state = "cancel"
        } else if live.allSatisfy({ $0 == "done" }) {
            state = "done"
        } else if live.contains(where: { $0 == "assigned" || $0 == "partially_available" }) {
            state = "assigned"
        } else if live.contains("waiting") {
            state = "waiting"
        } else {
            state = "confirmed"
        }
        if database.row("stock.picking", id)?["state"]?.stringValue != state {
            database.touch("stock.picking", id, ["state": .string(state)])
        }
    }
}

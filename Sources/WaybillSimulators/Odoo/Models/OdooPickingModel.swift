/// stock.picking and stock.move: transfers, their state machine and their custom `x_` fields.
enum OdooPickingModel {
    static let pickingStates = ["draft", "waiting", "confirmed", "assigned", "done", "cancel"]
    static let moveStates = ["draft", "waiting", "confirmed", "partially_available", "assigned", "done", "cancel"]

    static func picking() -> OdooModel {
        var model = OdooModel("stock.picking", "Transfer", fields: [
            .char("name"), .many2one("picking_type_id", "stock.picking.type", required: true),
            .computed("picking_type_code", .selection) { database, id, _ in
                guard let type = database.row("stock.picking", id)?["picking_type_id"]?.intValue else { return .bool(false) }
                return database.row("stock.picking.type", type)?["code"] ?? .bool(false)
            },
            .many2one("location_id", "stock.location"), .many2one("location_dest_id", "stock.location"),
            .many2one("partner_id", "res.partner"), .char("origin", "Source Document"),
            .selection("state", pickingStates, default: "draft"), .datetime("scheduled_date"), .datetime("date_deadline"),
            .datetime("date_done", "Date of Transfer"), .char("carrier_tracking_ref", "Tracking Reference"),
            .many2one("carrier_id", "delivery.carrier"), .many2one("backorder_id", "stock.picking"),
            .one2many("backorder_ids", "stock.picking", inverse: "backorder_id"),
            .one2many("move_ids", "stock.move", inverse: "picking_id", cascade: true),
            .one2many("move_ids_without_package", "stock.move", inverse: "picking_id"),
            .many2one("sale_id", "sale.order"), .many2one("purchase_id", "purchase.order"),
            .many2one("company_id", "res.company"), .text("note"), .selection("priority", ["0", "1"], default: "0"),
            .selection("move_type", ["direct", "one"], default: "direct"),
            .boolean("x_shipstation_exported", default: false), .float("x_shipstation_shipping_cost"),
            .char("x_shipstation_order_number"), .datetime("x_shipstation_shipped_at"),
            .computed("shipping_weight", .float) { database, id, _ in .double(weight(database, id)) },
            .computed("weight", .float) { database, id, _ in .double(weight(database, id)) },
        ])
        model.defaultOrder = "priority desc, scheduled_date asc, id desc"
        model.afterCreate = { database, id, _ in fillPickingDefaults(database, id) }
        for method in OdooPickingWorkflow.methods { model.add(method) }
        return model
    }

    static func move() -> OdooModel {
        var model = OdooModel("stock.move", "Stock Move", fields: [
            .char("name"), .many2one("product_id", "product.product", required: true),
            .float("product_uom_qty", "Demand"), .float("quantity"), .boolean("picked"),
            .float("reserved_availability"), .many2one("picking_id", "stock.picking"),
            .many2one("location_id", "stock.location"), .many2one("location_dest_id", "stock.location"),
            .selection("state", moveStates, default: "draft"), .char("origin"), .datetime("date"),
            .many2one("sale_line_id", "sale.order.line"), .many2one("purchase_line_id", "purchase.order.line"),
            .many2one("company_id", "res.company"), .many2one("partner_id", "res.partner"),
            .computed("picking_type_id", .many2one, relation: "stock.picking.type") { database, id, _ in
                guard let picking = database.row("stock.move", id)?["picking_id"]?.intValue,
                    let type = database.row("stock.picking", picking)?["picking_type_id"]?.intValue
                else { return .bool(false) }
                return [.int(type), .string(database.displayName(model: "stock.picking.type", id: type))]
            },
        ])
        model.defaultOrder = "id asc"
        model.afterCreate = { database, id, _ in fillMoveDefaults(database, id) }
        return model
    }

    private static func fillPickingDefaults(_ database: OdooDatabase, _ id: Int) {
        guard let row = database.row("stock.picking", id), let type = row["picking_type_id"]?.intValue,
            let typeRow = database.row("stock.picking.type", type)
        else { return }
        var changes: OdooDatabase.Row = [:]
        if row["name"] == nil || row["name"] == .bool(false) {
            let warehouse = typeRow["warehouse_id"]?.intValue.flatMap { database.row("stock.warehouse", $0)?["code"]?.stringValue }
            let code = typeRow["sequence_code"]?.stringValue ?? "PICK"
            changes["name"] = .string(database.nextName("\(warehouse ?? "WH")/\(code)/"))
        }
        if row["location_id"]?.intValue == nil { changes["location_id"] = typeRow["default_location_src_id"] }
        if row["location_dest_id"]?.intValue == nil { changes["location_dest_id"] = typeRow["default_location_dest_id"] }
        if row["scheduled_date"]?.stringValue == nil { changes["scheduled_date"] = .string(database.transactionStart) }
        if !changes.isEmpty { database.touch("stock.picking", id, changes) }
        // Moves created with the picking (`move_ids` commands) were created before these defaults:
        // they take the picking's locations, as Odoo's computed move locations do.
        guard let picking = database.row("stock.picking", id) else { return }
        for move in database.referencing("stock.move", "picking_id", id) {
            guard let moveRow = database.row("stock.move", move) else { continue }
            var moveChanges: OdooDatabase.Row = [:]
            for field in ["location_id", "location_dest_id"] where moveRow[field]?.intValue == nil {
                moveChanges[field] = picking[field]
            }
            if !moveChanges.isEmpty { database.touch("stock.move", move, moveChanges) }
        }
    }

    private static func fillMoveDefaults(_ database: OdooDatabase, _ id: Int) {
        guard let row = database.row("stock.move", id) else { return }
        var changes: OdooDatabase.Row = [:]
        if let picking = row["picking_id"]?.intValue, let pickingRow = database.row("stock.picking", picking) {
            if row["location_id"]?.intValue == nil { changes["location_id"] = pickingRow["location_id"] }
            if row["location_dest_id"]?.intValue == nil { changes["location_dest_id"] = pickingRow["location_dest_id"] }
            if row["origin"]?.stringValue == nil { changes["origin"] = pickingRow["origin"] }
            let pickingState = pickingRow["state"]?.stringValue ?? "draft"
            if row["state"] == "draft", ["confirmed", "waiting", "assigned"].contains(pickingState) {
                changes["state"] = "confirmed"
            }
        }
        if row["name"]?.stringValue == nil, let product = row["product_id"]?.intValue {
            changes["name"] = .string(database.displayName(model: "product.product", id: product))
        }
        if row["date"]?.stringValue == nil { changes["date"] = .string(database.transactionStart) }
        if !changes.isEmpty { database.touch("stock.move", id, changes) }
    }

    /// Sum of product weight × demand over the moves of a picking (kg).
    static func weight(_ database: OdooDatabase, _ picking: Int) -> Double {
        database.referencing("stock.move", "picking_id", picking).reduce(0) { total, move in
            guard let row = database.row("stock.move", move), let product = row["product_id"]?.intValue else { return total }
            let unit = database.row("product.product", product)?["weight"]?.doubleValue ?? 0
            return total + unit * (row["product_uom_qty"]?.doubleValue ?? 0)
        }
    }
}

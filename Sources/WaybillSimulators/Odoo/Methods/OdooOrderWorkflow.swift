/// sale.order action_confirm / action_cancel and purchase.order button_confirm / button_cancel.
enum OdooOrderWorkflow {
    static let saleConfirm = OdooMethod("action_confirm", onRecords: true) { database, call in
        for id in call.ids {
            guard let row = database.row("sale.order", id) else { throw OdooError.missing(model: "sale.order", ids: [id]) }
            guard ["draft", "sent"].contains(row["state"]?.stringValue ?? "") else {
                throw OdooError.user(
                    "The following orders are not in a state requiring confirmation: \(row["name"]?.stringValue ?? String(id))")
            }
            database.touch("sale.order", id, ["state": "sale", "date_order": .string(database.transactionStart)])
            let warehouse = row["warehouse_id"]?.intValue
            try createTransfer(
                database, order: id, orderModel: "sale.order", lineModel: "sale.order.line", qtyField: "product_uom_qty",
                code: "outgoing", warehouse: warehouse, partner: row["partner_shipping_id"]?.intValue ?? row["partner_id"]?.intValue,
                link: "sale_id", lineLink: "sale_line_id")
        }
        return .bool(true)
    }

    static let saleCancel = OdooMethod("action_cancel", onRecords: true) { database, call in
        try cancelOrders(database, model: "sale.order", call.ids)
    }

    static let purchaseConfirm = OdooMethod("button_confirm", onRecords: true) { database, call in
        for id in call.ids {
            guard let row = database.row("purchase.order", id) else { throw OdooError.missing(model: "purchase.order", ids: [id]) }
            guard ["draft", "sent"].contains(row["state"]?.stringValue ?? "") else { continue }
            database.touch("purchase.order", id, ["state": "purchase", "date_approve": .string(database.transactionStart)])
            let type = row["picking_type_id"]?.intValue
            let warehouse = type.flatMap { database.row("stock.picking.type", $0)?["warehouse_id"]?.intValue }
            try createTransfer(
                database, order: id, orderModel: "purchase.order", lineModel: "purchase.order.line", qtyField: "product_qty",
                code: "incoming", warehouse: warehouse, partner: row["partner_id"]?.intValue, link: "purchase_id",
                lineLink: "purchase_line_id")
        }
        return .bool(true)
    }

    static let purchaseCancel = OdooMethod("button_cancel", onRecords: true) { database, call in
        try cancelOrders(database, model: "purchase.order", call.ids)
    }

    private static func cancelOrders(_ database: OdooDatabase, model: String, _ ids: [Int]) throws -> OdooValue {
        let link = model == "sale.order" ? "sale_id" : "purchase_id"
        for id in ids {
            guard database.row(model, id) != nil else { throw OdooError.missing(model: model, ids: [id]) }
            let open = database.referencing("stock.picking", link, id).filter {
                !["done", "cancel"].contains(database.row("stock.picking", $0)?["state"]?.stringValue ?? "")
            }
            for picking in open {
                _ = try OdooPickingWorkflow.cancel.body(database, OdooCall(model: "stock.picking", ids: [picking], arguments: OdooDict(), context: OdooDict()))
            }
            database.touch(model, id, ["state": "cancel"])
        }
        return .bool(true)
    }

    /// One picking of type `code` in the warehouse, with one move per goods line, confirmed and reserved.
    private static func createTransfer(
        _ database: OdooDatabase, order: Int, orderModel: String, lineModel: String, qtyField: String, code: String,
        warehouse: Int?, partner: Int?, link: String, lineLink: String
    ) throws {
        let types = database.allIds("stock.picking.type").filter {
            let row = database.row("stock.picking.type", $0)
            return row?["code"]?.stringValue == code && (warehouse == nil || row?["warehouse_id"]?.intValue == warehouse)
        }
        guard let type = types.first else { throw OdooError.user("No operation type '\(code)' configured for this warehouse.") }
        let lines = database.referencing(lineModel, "order_id", order).filter { line in
            guard let product = database.row(lineModel, line)?["product_id"]?.intValue else { return false }
            return database.row("product.product", product)?["type"] != "service"
        }
        guard !lines.isEmpty else { return }
        var vals: OdooDict = [
            "picking_type_id": .int(type), link: .int(order),
            "origin": database.row(orderModel, order)?["name"] ?? .bool(false),
        ]
        if let partner { vals["partner_id"] = .int(partner) }
        let picking = try database.create("stock.picking", vals)
        for line in lines {
            guard let row = database.row(lineModel, line), let product = row["product_id"]?.intValue else { continue }
            try database.create("stock.move", [
                "product_id": .int(product), "product_uom_qty": row[qtyField] ?? 0.0, "picking_id": .int(picking),
                lineLink: .int(line),
            ])
        }
        try OdooPickingWorkflow.confirmPicking(database, picking)
        if code == "outgoing" {
            OdooReservation.reserve(database, picking: picking)
            OdooPickingWorkflow.refreshState(database, picking)
        }
    }

    /// Lines without a description get the product's display name, as Odoo's onchange does.
    static func fillLineName(_ database: OdooDatabase, _ model: String, _ id: Int) {
        guard let row = database.row(model, id), row["name"]?.stringValue == nil,
            let product = row["product_id"]?.intValue
        else { return }
        database.touch(model, id, ["name": .string(database.displayName(model: "product.product", id: product))])
    }
}

/// purchase.order and purchase.order.line, with button_confirm creating the receipt.
enum OdooPurchaseModels {
    static func all() -> [OdooModel] { [order(), line()] }

    static func order() -> OdooModel {
        var model = OdooModel("purchase.order", "Purchase Order", fields: [
            .char("name"), .many2one("partner_id", "res.partner", required: true), .char("partner_ref", "Vendor Reference"),
            .char("origin"), .datetime("date_order"), .datetime("date_planned"), .datetime("date_approve"),
            .selection("state", ["draft", "sent", "to approve", "purchase", "done", "cancel"], default: "draft"),
            .one2many("order_line", "purchase.order.line", inverse: "order_id"),
            .one2many("picking_ids", "stock.picking", inverse: "purchase_id"),
            .many2one("picking_type_id", "stock.picking.type"), .many2one("company_id", "res.company"), .text("notes"),
        ] + OdooAmounts.orderFields(lineModel: "purchase.order.line", inverse: "order_id", qtyField: "product_qty", taxField: "taxes_id"))
        model.defaultOrder = "priority desc, id desc"
        model.add(.selection("priority", ["0", "1"], default: "0"))
        model.afterCreate = { database, id, _ in
            var changes: OdooDatabase.Row = [:]
            if database.row("purchase.order", id)?["name"]?.stringValue == nil { changes["name"] = .string(database.nextName("P")) }
            if database.row("purchase.order", id)?["date_order"]?.stringValue == nil {
                changes["date_order"] = .string(database.transactionStart)
            }
            if database.row("purchase.order", id)?["picking_type_id"]?.intValue == nil {
                changes["picking_type_id"] = database.allIds("stock.picking.type").first {
                    database.row("stock.picking.type", $0)?["code"] == "incoming"
                }.map { .int($0) }
            }
            if !changes.isEmpty { database.touch("purchase.order", id, changes) }
        }
        model.add(OdooOrderWorkflow.purchaseConfirm)
        model.add(OdooOrderWorkflow.purchaseCancel)
        return model
    }

    static func line() -> OdooModel {
        var model = OdooModel("purchase.order.line", "Purchase Order Line", fields: [
            .many2one("order_id", "purchase.order", required: true), .many2one("product_id", "product.product"), .text("name"),
            .float("product_qty", "Quantity"), .float("price_unit", "Unit Price"), .float("discount"),
            .many2many("taxes_id", "account.tax"), .float("qty_received"), .datetime("date_planned"),
        ] + OdooAmounts.lineFields(model: "purchase.order.line", qtyField: "product_qty", taxField: "taxes_id"))
        model.afterCreate = { database, id, _ in OdooOrderWorkflow.fillLineName(database, "purchase.order.line", id) }
        return model
    }
}

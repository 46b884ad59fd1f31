/// sale.order and sale.order.line, with computed amounts and action_confirm creating the delivery.
enum OdooSaleModels {
    static func all() -> [OdooModel] { [order(), line()] }

    static func order() -> OdooModel {
        var model = OdooModel("sale.order", "Sales Order", fields: [
            .char("name"), .many2one("partner_id", "res.partner", required: true),
            .many2one("partner_shipping_id", "res.partner"), .many2one("partner_invoice_id", "res.partner"),
            .char("client_order_ref", "Customer Reference"), .char("origin", "Source Document"), .datetime("date_order"),
            .selection("state", ["draft", "sent", "sale", "cancel"], default: "draft"), .boolean("locked"),
            .one2many("order_line", "sale.order.line", inverse: "order_id"),
            .one2many("picking_ids", "stock.picking", inverse: "sale_id"),
            .many2one("warehouse_id", "stock.warehouse"), .many2one("company_id", "res.company"), .text("note"),
            .many2one("carrier_id", "delivery.carrier"),
        ] + OdooAmounts.orderFields(lineModel: "sale.order.line", inverse: "order_id", qtyField: "product_uom_qty", taxField: "tax_id"))
        model.defaultOrder = "date_order desc, id desc"
        model.afterCreate = { database, id, _ in
            var changes: OdooDatabase.Row = [:]
            if database.row("sale.order", id)?["name"]?.stringValue == nil { changes["name"] = .string(database.nextName("S")) }
            if database.row("sale.order", id)?["date_order"]?.stringValue == nil { changes["date_order"] = .string(database.transactionStart) }
            if database.row("sale.order", id)?["warehouse_id"]?.intValue == nil {
                changes["warehouse_id"] = database.allIds("stock.warehouse").first.map { .int($0) }
            }
            if !changes.isEmpty { database.touch("sale.order", id, changes) }
        }
        model.add(OdooOrderWorkflow.saleConfirm)
        model.add(OdooOrderWorkflow.saleCancel)
        return model
    }

    static func line() -> OdooModel {
        var model = OdooModel("sale.order.line", "Sales Order Line", fields: [
            .many2one("order_id", "sale.order", required: true), .many2one("product_id", "product.product"), .text("name"),
            .float("product_uom_qty", "Quantity"), .float("price_unit", "Unit Price"), .float("discount", "Discount (%)"),
            .many2many("tax_id", "account.tax"), .float("qty_delivered"), .float("qty_invoiced"), .integer("sequence", default: 10),
        ] + OdooAmounts.lineFields(model: "sale.order.line", qtyField: "product_uom_qty", taxField: "tax_id"))
        model.afterCreate = { database, id, _ in OdooOrderWorkflow.fillLineName(database, "sale.order.line", id) }
        return model
    }
}

/// account.account, account.tax, account.journal, account.move and account.move.line.
enum OdooAccountModels {
    static func all() -> [OdooModel] { [account(), tax(), journal(), move(), moveLine()] }

    static func account() -> OdooModel {
        var model = OdooModel("account.account", "Account", fields: [
            .char("code", required: true), .char("name", required: true),
            .selection("account_type", [
                "asset_receivable", "asset_cash", "asset_current", "liability_payable", "liability_current",
                "income", "income_other", "expense", "equity",
            ], default: "asset_current"),
            .boolean("active", default: true), .many2one("company_id", "res.company"),
        ])
        model.defaultOrder = "code asc"
        model.displayName = { database, id, _ in
            let row = database.row("account.account", id)
            return .string("\(row?["code"]?.stringValue ?? "") \(row?["name"]?.stringValue ?? "")")
        }
        return model
    }

    static func tax() -> OdooModel {
        OdooModel("account.tax", "Tax", fields: [
            .char("name", required: true), .float("amount"),
            .selection("amount_type", ["group", "fixed", "percent", "division"], default: "percent"),
            .selection("type_tax_use", ["sale", "purchase", "none"], default: "sale"), .boolean("price_include"),
            .boolean("active", default: true), .many2one("company_id", "res.company"),
        ])
    }

    static func journal() -> OdooModel {
        OdooModel("account.journal", "Journal", fields: [
            .char("name", required: true), .char("code", "Short Code"),
            .selection("type", ["sale", "purchase", "cash", "bank", "general"], default: "general"),
            .boolean("active", default: true),
        ])
    }

    static let moveTypes = ["entry", "out_invoice", "out_refund", "in_invoice", "in_refund", "out_receipt", "in_receipt"]

    static func move() -> OdooModel {
        var model = OdooModel("account.move", "Journal Entry", fields: [
            .char("name"), .selection("move_type", moveTypes, default: "entry"), .many2one("partner_id", "res.partner"),
            .date("invoice_date"), .date("date"), .date("invoice_date_due"), .char("ref", "Reference"),
            .char("invoice_origin", "Origin"), .char("payment_reference"),
            .selection("state", ["draft", "posted", "cancel"], default: "draft"),
            .selection("payment_state", ["not_paid", "in_payment", "paid", "partial", "reversed"], default: "not_paid"),
            .many2one("journal_id", "account.journal"), .many2one("reversed_entry_id", "account.move"),
            .one2many("invoice_line_ids", "account.move.line", inverse: "move_id"),
            .one2many("line_ids", "account.move.line", inverse: "move_id"),
            .many2one("company_id", "res.company"), .text("narration"),
        ] + OdooAmounts.orderFields(lineModel: "account.move.line", inverse: "move_id", qtyField: "quantity", taxField: "tax_ids") + [
            .computed("amount_residual", .monetary) { database, id, _ in
                let row = database.row("account.move", id)
                guard row?["state"] == "posted", row?["payment_state"] != "paid" else { return 0.0 }
                let (untaxed, tax) = OdooAmounts.total(database, lineModel: "account.move.line", inverse: "move_id", id, qtyField: "quantity", taxField: "tax_ids")
                return .double(OdooAmounts.round2(untaxed + tax))
            },
        ])
        model.defaultOrder = "date desc, name desc, id desc"
        model.afterCreate = { database, id, _ in
            var changes: OdooDatabase.Row = [:]
            let row = database.row("account.move", id)
            if row?["name"]?.stringValue == nil { changes["name"] = "/" }
            if row?["date"]?.stringValue == nil {
                changes["date"] = row?["invoice_date"] ?? .string(String(database.transactionStart.prefix(10)))
            }
            if !changes.isEmpty { database.touch("account.move", id, changes) }
        }
        for method in OdooInvoiceWorkflow.methods { model.add(method) }
        return model
    }

    static func moveLine() -> OdooModel {
        var model = OdooModel("account.move.line", "Journal Item", fields: [
            .many2one("move_id", "account.move", required: true), .many2one("product_id", "product.product"),
            .char("name", "Label"), .float("quantity"), .float("price_unit"), .float("discount"),
            .many2many("tax_ids", "account.tax"), .many2one("account_id", "account.account"),
            .selection("display_type", ["product", "line_section", "line_note", "tax", "payment_term"], default: "product"),
            .many2many("sale_line_ids", "sale.order.line"),
        ] + OdooAmounts.lineFields(model: "account.move.line", qtyField: "quantity", taxField: "tax_ids"))
        model.afterCreate = { database, id, vals in
            if vals["quantity"] == nil { database.touch("account.move.line", id, ["quantity": 1.0]) }
            OdooOrderWorkflow.fillLineName(database, "account.move.line", id)
        }
        return model
    }
}

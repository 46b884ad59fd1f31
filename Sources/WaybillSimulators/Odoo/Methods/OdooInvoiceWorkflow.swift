/// account.move action_post / button_draft / button_cancel with Odoo's state checks and names.
enum OdooInvoiceWorkflow {
    static let methods = [post, draft, cancel]

    static let post = OdooMethod("action_post", onRecords: true) { database, call in
        for id in call.ids {
            guard let row = database.row("account.move", id) else { throw OdooError.missing(model: "account.move", ids: [id]) }
            guard row["state"] == "draft" else {
                throw OdooError.user("The entry \(row["name"]?.stringValue ?? "/") (id \(id)) is already posted.")
            }
            guard !database.referencing("account.move.line", "move_id", id).isEmpty else {
                throw OdooError.user("You need to add a line before posting.")
            }
            let type = row["move_type"]?.stringValue ?? "entry"
            var changes: OdooDatabase.Row = ["state": "posted"]
            let invoiceDate = row["invoice_date"]?.stringValue ?? String(database.transactionStart.prefix(10))
            if type != "entry" && row["invoice_date"]?.stringValue == nil { changes["invoice_date"] = .string(invoiceDate) }
            if row["name"]?.stringValue == nil || row["name"] == "/" {
                let prefix = ["out_invoice": "INV", "out_refund": "RINV", "in_invoice": "BILL", "in_refund": "RBILL"][type] ?? "MISC"
                changes["name"] = .string(database.nextName("\(prefix)/\(invoiceDate.prefix(4))/"))
            }
            database.touch("account.move", id, changes)
        }
        return .bool(false)
    }

    static let draft = OdooMethod("button_draft", onRecords: true) { database, call in
        for id in call.ids {
            guard let row = database.row("account.move", id) else { throw OdooError.missing(model: "account.move", ids: [id]) }
            guard row["state"] == "posted" || row["state"] == "cancel" else {
                throw OdooError.user("Only posted/cancelled journal entries can be reset to draft.")
            }
            database.touch("account.move", id, ["state": "draft"])
        }
        return .bool(false)
    }

    static let cancel = OdooMethod("button_cancel", onRecords: true) { database, call in
        for id in call.ids {
            guard let row = database.row("account.move", id) else { throw OdooError.missing(model: "account.move", ids: [id]) }
            guard row["state"] == "draft" else { throw OdooError.user("Only draft journal entries can be cancelled.") }
            database.touch("account.move", id, ["state": "cancel"])
        }
        return .bool(false)
    }
}

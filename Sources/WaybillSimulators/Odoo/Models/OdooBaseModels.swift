/// res.company, res.users, res.partner, res.country(.state), mail.message.
enum OdooBaseModels {
    static func all() -> [OdooModel] { [company(), users(), partner(), country(), countryState(), message(), currency()] }

    static func company() -> OdooModel {
        OdooModel("res.company", "Companies", fields: [
            .char("name", required: true), .many2one("partner_id", "res.partner"), .many2one("currency_id", "res.currency"),
            .char("email"), .char("phone"),
        ])
    }

    static func currency() -> OdooModel {
        OdooModel("res.currency", "Currency", fields: [
            .char("name", required: true), .char("symbol"), .boolean("active", default: true),
        ])
    }

    static func users() -> OdooModel {
        var model = OdooModel("res.users", "User", fields: [
            .char("name", required: true), .char("login", required: true), .many2one("partner_id", "res.partner"),
            .many2one("company_id", "res.company"), .boolean("active", default: true), .char("tz"), .char("lang"),
        ])
        model.add(OdooMethod("context_get", onRecords: false) { database, _ in
            let row = database.row("res.users", database.uid)
            return [
                "lang": row?["lang"] ?? "en_US", "tz": row?["tz"] ?? "Europe/Brussels", "uid": .int(database.uid),
            ]
        })
        return model
    }

    static func partner() -> OdooModel {
        var model = OdooModel("res.partner", "Contact", fields: [
            .char("name"), .char("email"), .char("phone"), .char("mobile"), .char("street"), .char("street2"),
            .char("city"), .char("zip"), .many2one("state_id", "res.country.state"), .many2one("country_id", "res.country"),
            .boolean("is_company"), .many2one("parent_id", "res.partner"),
            .one2many("child_ids", "res.partner", inverse: "parent_id"),
            .selection("type", ["contact", "invoice", "delivery", "other"], default: "contact"), .char("ref"),
            .char("vat"), .text("comment"), .boolean("active", default: true), .many2one("company_id", "res.company"),
            .computed("commercial_company_name", .char) { database, id, _ in
                var current = id
                while let parent = database.row("res.partner", current)?["parent_id"]?.intValue { current = parent }
                return database.row("res.partner", current)?["name"] ?? .bool(false)
            },
        ])
        model.defaultOrder = "display_name asc, id desc"
        model.parentField = "parent_id"
        model.displayName = { database, id, _ in
            guard let row = database.row("res.partner", id) else { return .bool(false) }
            let own = row["name"]?.stringValue ?? ""
            guard let parent = row["parent_id"]?.intValue, row["is_company"] != .bool(true) else { return .string(own) }
            let parentName = database.displayName(model: "res.partner", id: parent)
            return .string(own.isEmpty ? parentName : "\(parentName), \(own)")
        }
        return model
    }

    static func country() -> OdooModel {
        OdooModel("res.country", "Country", fields: [.char("name", required: true), .char("code")])
    }

    static func countryState() -> OdooModel {
        OdooModel("res.country.state", "Country state", fields: [
            .char("name", required: true), .char("code"), .many2one("country_id", "res.country", required: true),
        ])
    }

    static func message() -> OdooModel {
        var model = OdooModel("mail.message", "Message", fields: [
            .char("model"), .integer("res_id"), .text("body"), .char("subject"),
            .selection("message_type", ["email", "comment", "notification", "user_notification", "auto_comment"], default: "email"),
            .char("subtype_xmlid"), .many2one("author_id", "res.partner"), .datetime("date"),
            .many2many("partner_ids", "res.partner"),
        ])
        model.recName = "subject"
        model.defaultOrder = "id desc"
        return model
    }
}

/// fields_get and the chatter's message_post.
extension OdooBaseMethods {
    static let fieldsGet = OdooMethod(
        "fields_get", onRecords: false, [.optional("allfields"), .optional("attributes")]
    ) { database, call in
        let model = try database.model(call.model)
        let wanted = try fieldNames(call["allfields"])
        let attributes = try fieldNames(call["attributes"])
        var result = OdooDict()
        for name in model.fieldOrder where wanted.isEmpty || wanted.contains(name) {
            guard let field = model.field(name) else { continue }
            var description = describe(field)
            if !attributes.isEmpty {
                var filtered = OdooDict()
                for attribute in attributes { if let value = description[attribute] { filtered[attribute] = value } }
                description = filtered
            }
            result[name] = .dict(description)
        }
        return .dict(result)
    }

    /// The attributes `fields_get` reports for one field.
    static func describe(_ field: OdooField) -> OdooDict {
        var description = OdooDict()
        description["type"] = .string(field.type.rawValue)
        description["string"] = .string(field.string)
        description["help"] = field.help.map { .string($0) } ?? nil
        description["required"] = .bool(field.required)
        description["readonly"] = .bool(field.readonly || field.name == "id" || field.name.hasSuffix("_date") && field.name.hasPrefix("c"))
        description["store"] = .bool(field.compute == nil)
        description["searchable"] = .bool(true)
        description["sortable"] = .bool(field.compute == nil && !field.type.isToMany)
        if let relation = field.relation { description["relation"] = .string(relation) }
        if let inverse = field.inverseName { description["relation_field"] = .string(inverse) }
        if field.type == .selection {
            description["selection"] = .array(field.selection.map { [.string($0.0), .string($0.1)] })
        }
        return description
    }

    static let messagePost = OdooMethod(
        "message_post", onRecords: true,
        [.optional("body", ""), .optional("subject"), .optional("message_type", "notification"),
         .optional("subtype_xmlid"), .optional("partner_ids")],
        anyKeyword: true
    ) { database, call in
        guard call.ids.count == 1, let resId = call.ids.first else {
            throw OdooError.value("Expected singleton: \(call.model)(\(call.ids.map(String.init).joined(separator: ", ")))")
        }
        guard database.row(call.model, resId) != nil else { throw OdooError.missing(model: call.model, ids: [resId]) }
        var vals = OdooDict()
        vals["model"] = .string(call.model)
        vals["res_id"] = .int(resId)
        vals["body"] = call["body"] ?? ""
        vals["subject"] = call["subject"] ?? OdooValue.none
        vals["message_type"] = call["message_type"] ?? "notification"
        let subtype = call["subtype_xmlid"]?.stringValue
        vals["subtype_xmlid"] = .string(subtype ?? (vals["message_type"] == "comment" ? "mail.mt_comment" : "mail.mt_note"))
        vals["author_id"] = .int(database.userPartner)
        vals["date"] = .string(database.transactionStart)
        if let partners = call["partner_ids"]?.intArray { vals["partner_ids"] = [[6, 0, .array(partners.map { .int($0) })]] }
        return .int(try database.create("mail.message", vals))
    }
}

extension OdooDatabase {
    /// The partner of the current user (`res.users.partner_id`), 3 when unknown.
    var userPartner: Int { row("res.users", uid)?["partner_id"]?.intValue ?? 3 }

    /// `copy()`: duplicates the stored fields of a record, with `overrides` applied.
    func copy(_ modelName: String, _ id: Int, overrides: OdooDict) throws -> Int {
        let model = try model(modelName)
        guard let source = row(modelName, id) else { throw OdooError.missing(model: modelName, ids: [id]) }
        var vals = OdooDict()
        let skipped: Set<String> = ["id", "create_date", "write_date", "create_uid", "write_uid", "state", "date_done"]
        for name in model.fieldOrder where !skipped.contains(name) {
            guard let field = model.field(name), field.isStored, let value = source[name] else { continue }
            vals[name] = field.type == .many2many ? [[6, 0, value]] : value
        }
        if let name = vals["name"]?.stringValue, model.field("name")?.type == .char { vals["name"] = .string(name + " (copy)") }
        for (key, value) in overrides { vals[key] = value }
        return try create(modelName, vals)
    }
}

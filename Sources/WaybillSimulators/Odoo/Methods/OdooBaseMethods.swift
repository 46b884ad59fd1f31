/// The ORM methods every model has: search, search_read, search_count, read, create, write, unlink, …
enum OdooBaseMethods {
    /// All base methods by name.
    static let all: [String: OdooMethod] = Dictionary(
        uniqueKeysWithValues: [
            search, searchRead, searchCount, read, create, write, unlink, fieldsGet, nameSearch, checkAccessRights,
            copy, messagePost,
        ].map { ($0.name, $0) })

    static let search = OdooMethod(
        "search", onRecords: false,
        [.required("domain"), .optional("offset", 0), .optional("limit"), .optional("order")]
    ) { database, call in
        let ids = try database.search(
            call.model, try OdooDomain.parse(call["domain"] ?? .none), offset: call["offset"]?.intValue ?? 0,
            limit: call["limit"]?.intValue, order: call["order"]?.stringValue, context: call.context)
        return .array(ids.map { .int($0) })
    }

    static let searchRead = OdooMethod(
        "search_read", onRecords: false,
        [.optional("domain"), .optional("fields"), .optional("offset", 0), .optional("limit"), .optional("order")],
        anyKeyword: true
    ) { database, call in
        let ids = try database.search(
            call.model, try OdooDomain.parse(call["domain"] ?? .none), offset: call["offset"]?.intValue ?? 0,
            limit: call["limit"]?.intValue, order: call["order"]?.stringValue, context: call.context)
        return .array(try database.read(call.model, ids, fields: try fieldNames(call["fields"]), context: call.context))
    }

    static let searchCount = OdooMethod(
        "search_count", onRecords: false, [.required("domain"), .optional("limit")]
    ) { database, call in
        let ids = try database.search(
            call.model, try OdooDomain.parse(call["domain"] ?? .none), limit: call["limit"]?.intValue,
            context: call.context)
        return .int(ids.count)
    }

    static let read = OdooMethod(
        "read", onRecords: true, [.optional("fields"), .optional("load", "_classic_read")]
    ) { database, call in
        .array(try database.read(call.model, call.ids, fields: try fieldNames(call["fields"]), context: call.context))
    }

    static let create = OdooMethod("create", onRecords: false, [.required("vals_list")]) { database, call in
        let input = call["vals_list"] ?? .none
        if let single = input.dictValue { return .int(try database.create(call.model, single)) }
        guard let list = input.arrayValue else {
            throw OdooError.value("create() expects a dict or a list of dicts, got \(OdooJSONWriter.write(input))")
        }
        var ids: [OdooValue] = []
        for item in list {
            guard let vals = item.dictValue else { throw OdooError.value("create() expects dicts of values") }
            ids.append(.int(try database.create(call.model, vals)))
        }
        return .array(ids)
    }

    static let write = OdooMethod("write", onRecords: true, [.required("vals")]) { database, call in
        guard let vals = call["vals"]?.dictValue else { throw OdooError.value("write() expects a dict of values") }
        try database.write(call.model, call.ids, vals)
        return .bool(true)
    }

    static let unlink = OdooMethod("unlink", onRecords: true) { database, call in
        try database.unlink(call.model, call.ids)
        return .bool(true)
    }

    static let copy = OdooMethod("copy", onRecords: true, [.optional("default")]) { database, call in
        var created: [OdooValue] = []
        for id in call.ids {
            created.append(.int(try database.copy(call.model, id, overrides: call["default"]?.dictValue ?? OdooDict())))
        }
        return call.ids.count == 1 ? created[0] : .array(created)
    }

    static let checkAccessRights = OdooMethod(
        "check_access_rights", onRecords: false, [.required("operation"), .optional("raise_exception", true)]
    ) { _, call in
        guard let operation = call["operation"]?.stringValue, ["read", "write", "create", "unlink"].contains(operation)
        else { throw OdooError.value("Invalid access mode") }
        return .bool(true)
    }

    static let nameSearch = OdooMethod(
        "name_search", onRecords: false,
        [.optional("name", ""), .optional("domain"), .optional("operator", "ilike"), .optional("limit", 100)],
        anyKeyword: true
    ) { database, call in
        let model = try database.model(call.model)
        var domain = try OdooDomain.parse(call["domain"] ?? call["args"] ?? .none)
        let name = call["name"]?.stringValue ?? ""
        let opText = call["operator"]?.stringValue ?? "ilike"
        if !name.isEmpty, let op = OdooOperator(rawValue: opText) {
            domain = .and(domain, .leaf(path: ["display_name"], op: op, value: .string(name)))
        }
        let ids = try database.search(call.model, domain, limit: call["limit"]?.intValue, context: call.context)
        return .array(ids.map { [.int($0), .string(database.displayName(model: model.name, id: $0))] })
    }

    /// `fields=None` or `[]` reads every field.
    static func fieldNames(_ value: OdooValue?) throws -> [String] {
        guard let value, value != .none, value != .bool(false) else { return [] }
        guard let items = value.arrayValue else { throw OdooError.value("fields must be a list of field names") }
        return try items.map {
            guard let name = $0.stringValue else { throw OdooError.value("fields must be a list of field names") }
            return name
        }
    }
}

extension OdooClient {
    /// `search_read`: records matching `domain`, with `fields` (all when empty).
    public func searchRead(
        _ model: String, domain: [JSONValue] = [], fields: [String] = [], limit: Int? = nil, offset: Int = 0, order: String? = nil
    ) async throws -> [[String: JSONValue]] {
        var named: [String: JSONValue] = ["offset": .int(offset)]
        if !fields.isEmpty { named["fields"] = .array(fields.map(JSONValue.string)) }
        if let limit { named["limit"] = .int(limit) }
        if let order { named["order"] = .string(order) }
        let result = try await invoke(
            model: model, method: "search_read", ids: nil, positional: [.array(domain)], named: named, positionalNames: ["domain"])
        return try Self.records(result, context: "\(model).search_read")
    }

    /// `read`: the records `ids` with `fields` (deleted ids are skipped by Odoo).
    public func read(_ model: String, ids: [Int], fields: [String] = []) async throws -> [[String: JSONValue]] {
        let named: [String: JSONValue] = fields.isEmpty ? [:] : ["fields": .array(fields.map(JSONValue.string))]
        let result = try await invoke(model: model, method: "read", ids: ids, named: named)
        return try Self.records(result, context: "\(model).read")
    }

    /// `search`: ids of records matching `domain`.
    public func search(_ model: String, domain: [JSONValue] = [], limit: Int? = nil, offset: Int = 0, order: String? = nil) async throws -> [Int] {
        var named: [String: JSONValue] = ["offset": .int(offset)]
        if let limit { named["limit"] = .int(limit) }
        if let order { named["order"] = .string(order) }
        let result = try await invoke(model: model, method: "search", ids: nil, positional: [.array(domain)], named: named, positionalNames: ["domain"])
        return try Self.ids(result, context: "\(model).search")
    }

    /// `search_count`: how many records match `domain`.
    public func searchCount(_ model: String, domain: [JSONValue] = []) async throws -> Int {
        let result = try await invoke(model: model, method: "search_count", ids: nil, positional: [.array(domain)], positionalNames: ["domain"])
        guard let count = result.intValue else { throw Self.unexpected(result, context: "\(model).search_count") }
        return count
    }

    /// `create` of one record; returns its id.
    public func create(_ model: String, values: [String: JSONValue]) async throws -> Int {
        let ids = try await create(model, records: [values])
        guard let id = ids.first else { throw Self.unexpected(.array([]), context: "\(model).create") }
        return id
    }

    /// `create` of several records in one call; returns their ids in order.
    public func create(_ model: String, records: [[String: JSONValue]]) async throws -> [Int] {
        let list = JSONValue.array(records.map(JSONValue.object))
        let result = try await invoke(model: model, method: "create", ids: nil, positional: [list], positionalNames: ["vals_list"])
        if let single = result.intValue { return [single] }
        return try Self.ids(result, context: "\(model).create")
    }

    /// `write` of `values` onto `ids`.
    public func write(_ model: String, ids: [Int], values: [String: JSONValue]) async throws {
        _ = try await invoke(model: model, method: "write", ids: ids, positional: [.object(values)], positionalNames: ["vals"])
    }

    /// `unlink` of `ids` (unlinking an already deleted id succeeds).
    public func unlink(_ model: String, ids: [Int]) async throws {
        _ = try await invoke(model: model, method: "unlink", ids: ids)
    }

    /// Any public method, e.g. `button_validate` or `action_confirm`, on `ids`, with named
    /// arguments (`context` goes in `kwargs`).
    public func call(_ model: String, method: String, ids: [Int]? = nil, kwargs: [String: JSONValue] = [:]) async throws -> JSONValue {
        try await invoke(model: model, method: method, ids: ids, named: kwargs)
    }

    /// `fields_get`: the model's fields with the requested attributes.
    public func fieldsGet(_ model: String, attributes: [String] = ["string", "type", "relation", "required"]) async throws -> [String: JSONValue] {
        let result = try await invoke(model: model, method: "fields_get", ids: nil, named: ["attributes": .array(attributes.map(JSONValue.string))])
        guard let fields = result.objectValue else { throw Self.unexpected(result, context: "\(model).fields_get") }
        return fields
    }

    static func records(_ result: JSONValue, context: String) throws -> [[String: JSONValue]] {
        guard let list = result.arrayValue else { throw unexpected(result, context: context) }
        return try list.map { item in
            guard let record = item.objectValue else { throw unexpected(item, context: context) }
            return record
        }
    }

    static func ids(_ result: JSONValue, context: String) throws -> [Int] {
        guard let list = result.arrayValue else { throw unexpected(result, context: context) }
        return try list.map { item in
            guard let id = item.intValue else { throw unexpected(item, context: context) }
            return id
        }
    }

    static func unexpected(_ value: JSONValue, context: String) -> ConnectorError {
        let shown = (try? value.serialized()).map { String(decoding: $0.prefix(200), as: UTF8.self) } ?? "?"
        return ConnectorError(.permanent, .protocolViolation, message: "Odoo \(context) returned an unexpected value: \(shown)")
    }
}

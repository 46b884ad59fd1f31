import Foundation
import WaybillConnectors
import WaybillExpressions
import WaybillRules

/// A ``SystemClient`` over the connectors' generic `RESTClient`, driven by the resources of a
/// system file: `list` pages through the resource's list operation (cursor in its `param`),
/// `find` uses `get` for an id or `list` with `=` conditions as query parameters (then checks
/// every condition on the records), writes use `create`/`update`/`delete` or a custom operation.
struct RESTSystemClient: SystemClient {
    let system: String
    let definition: SystemDefinition
    let client: RESTClient
    let baseURL: URL
    /// Fixed query parameters of operations, already evaluated, by "resource.operation".
    let fixedQuery: [String: [(String, String)]]

    func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value] {
        if query.cursor == nil, query.page > 1 { return [] }
        var parameters = filterParameters(source, "list", query.conditions)
        parameters += query.parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if let cursor = query.cursor, let param = cursor.param, let start = query.since ?? query.after?.writeDate {
            parameters.append((param, start))
        }
        var records = try await all(source, "list", parameters, trace: trace)
        guard let cursor = query.cursor else { return query.page > 1 ? [] : records }
        records.sort { (PollRunner.mark(of: $0, cursor) ?? Self.zero) < (PollRunner.mark(of: $1, cursor) ?? Self.zero) }
        return records.filter { record in
            guard let mark = PollRunner.mark(of: record, cursor) else { return true }
            if let since = query.since, mark.writeDate < since { return false }
            if let after = query.after, !(after < mark) { return false }
            return true
        }
    }

    func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value]
    {
        let resource = try self.resource(target)
        let idField = resource.idField ?? "id"
        if conditions.count == 1, let only = conditions.first, only.op == "=", only.field == idField,
           resource.operations["get"] != nil {
            let operation = try self.operation(target, "get")
            let id = only.value.text ?? ""
            // `[idField: id, "id": id]` would trap when the id field is `id` (duplicate literal keys).
            let values = idField == "id" ? ["id": id] : [idField: id, "id": id]
            do {
                let record = try await run(trace) {
                    try await client.get(operation, values: values, query: fixedQuery["\(target).get"] ?? [])
                }
                return record.map { [Self.withID(ValueBridge.value($0), idField: idField)] } ?? []
            } catch let error as EngineError where error.message.contains("404") {
                return []
            }
        }
        // Equalities are sent as filter parameters only when nothing ORs or negates them; the
        // whole domain is always checked on the answer.
        let parameters = filterParameters(target, "list", conditions)
        let domain = try DomainMatcher(conditions)
        let records = try await all(target, "list", parameters, trace: trace)
            .filter { domain.matches($0) }
            .map { Self.withID($0, idField: idField) }
        return Array(records.prefix(limit ?? records.count))
    }

    func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String {
        try await createRecord(target, values: values, trace: trace).id
    }

    func createRecord(_ target: String, values: [String: Value], trace: CallTrace) async throws
        -> (id: String, record: Value?)
    {
        let name = try resource(target).operations["create"] != nil ? "create" : "upsert"
        let answer = try await write(target, name, id: nil, values: values, trace: trace)
        guard let id = Self.id(of: answer, field: try resource(target).idField ?? "id") else {
            throw EngineError.permanent("\(system) \(target).\(name): the answer carries no id")
        }
        var record = answer
        if case .array(let items) = answer, let first = items.first { record = first }
        guard case .object = record else { return (id, nil) }
        return (id, ValueBridge.value(record))
    }

    func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws {
        let name = try resource(target).operations["update"] != nil ? "update" : "upsert"
        // The record's identity goes in the body too (PUT of a full object, upserts by id).
        var values = values
        let idField = try resource(target).idField ?? "id"
        if values[idField] == nil { values[idField] = Int(id).map(Value.int) ?? .string(id) }
        if try resource(target).operations[name]?.replaces == true {
            values = try await replacement(target, id: id, values: values, trace: trace)
        }
        _ = try await write(target, name, id: id, values: values, trace: trace)
    }

    /// For an operation that replaces the whole record: the current record (read with `get`) with
    /// `values` laid over it, so fields the flow does not map keep their values.
    func replacement(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws
        -> [String: Value]
    {
        let idField = try resource(target).idField ?? "id"
        let operation = try self.operation(target, "get")
        let current = try await run(trace) {
            try await client.get(operation, values: [idField: id, "id": id], query: fixedQuery["\(target).get"] ?? [])
        }
        guard let current, case .object(var merged) = ValueBridge.value(current) else {
            throw EngineError.permanent("\(system) \(target) \(id): the record to replace was not found")
        }
        for (field, value) in values { merged[field] = value }
        return merged
    }

    func delete(_ target: String, id: String, trace: CallTrace) async throws {
        let operation = try self.operation(target, "delete")
        let idField = try resource(target).idField ?? "id"
        _ = try await run(trace) { try await client.delete(operation, values: ["id": id].merging([idField: id]) { $1 }) }
    }

    func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace)
        async throws
    {
        _ = try await write(target, operation, id: id.isEmpty ? nil : id, values: values, trace: trace)
    }

    func fetch(_ url: URL, trace: CallTrace) async throws -> Value {
        guard owns(url), let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw EngineError.permanent("refused to fetch a URL outside \(system)")
        }
        let query = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        let operation = RESTOperation(method: .get, path: components.percentEncodedPath)
        let (body, _) = try await run(trace) { try await client.call(operation, query: query) }
        // A pointer at a resource's list endpoint answers like that list: its records.
        if let path = listRecordsPath(for: components.path), case .object = body,
           let records = JSONPath(path).value(in: body), case .array = records {
            return ValueBridge.value(records)
        }
        return ValueBridge.value(body)
    }

    /// The `records` path of the resource whose `list` operation has exactly this URL path
    /// (relative to the base URL's path), if any.
    func listRecordsPath(for urlPath: String) -> String? {
        let basePath = baseURL.path.hasSuffix("/") ? String(baseURL.path.dropLast()) : baseURL.path
        let relative = urlPath.hasPrefix(basePath) ? String(urlPath.dropFirst(basePath.count)) : urlPath
        for resource in definition.resources.values.sorted(by: { $0.name < $1.name }) {
            guard let list = resource.operations["list"], list.path == relative || list.path == urlPath else { continue }
            let path = list.records ?? resource.records ?? "."
            return path == "." ? nil : path
        }
        return nil
    }

    func owns(_ url: URL) -> Bool { SameOrigin.check(url, baseURL) }
}

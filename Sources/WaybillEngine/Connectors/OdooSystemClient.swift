import Foundation
import WaybillConnectors
import WaybillExpressions

/// A ``SystemClient`` over the connectors' `OdooClient` (XML-RPC or JSON-2): polls with a
/// `(write_date, id)` domain ordered by both, finds with `search_read`, writes with
/// `create`/`write`/`unlink`, calls workflow methods.
struct OdooSystemClient: SystemClient {
    let system: String
    let client: OdooClient
    let baseURL: URL
    /// Relations and field types, asked once per model.
    var relations = OdooRelationCache()

    private var reader: OdooRelatedReader { OdooRelatedReader(client: client, relations: relations) }

    func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value] {
        var domain = query.conditions.map(Self.term)
        var order: String?
        var offset = 0
        if let cursor = query.cursor {
            order = "\(cursor.field) asc, \(cursor.tieBreaker) asc"
            if let since = query.since { domain.append(Self.term(cursor.field, ">=", .string(since))) }
            if let after = query.after {
                domain += [.string("|"), Self.term(cursor.field, ">", .string(after.writeDate)), .string("&"),
                           Self.term(cursor.field, "=", .string(after.writeDate)),
                           Self.term(cursor.tieBreaker, ">", .int(Int(after.id)))]
            }
        } else {
            order = "id asc"
            offset = (query.page - 1) * query.limit
        }
        let fields = query.fields
        return try await run(trace) {
            let records = try await client.searchRead(source, domain: domain, fields: OdooRelatedReader.baseFields(fields),
                                                      limit: query.limit, offset: offset, order: order)
            return try await reader.resolve(source, records, fields: fields)
        }
    }

    func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value]
    {
        try await run(trace) {
            let records = try await client.searchRead(target, domain: conditions.map(Self.term),
                                                      fields: OdooRelatedReader.baseFields(fields), limit: limit)
            return try await reader.resolve(target, records, fields: fields)
        }
    }

    func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String {
        let id = try await run(trace) {
            try await client.create(target, values: ValueBridge.json(try await reader.writable(target, values)))
        }
        return String(id)
    }

    func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws {
        let ids = try Self.ids(id)
        try await run(trace) {
            try await client.write(target, ids: ids, values: ValueBridge.json(try await reader.writable(target, values)))
        }
    }

    func delete(_ target: String, id: String, trace: CallTrace) async throws {
        let ids = try Self.ids(id)
        try await run(trace) { try await client.unlink(target, ids: ids) }
    }

    func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace)
        async throws
    {
        let ids = try Self.ids(id)
        _ = try await run(trace) {
            try await client.call(target, method: operation, ids: ids, kwargs: ValueBridge.json(values))
        }
    }

    func fetch(_ url: URL, trace: CallTrace) async throws -> Value {
        throw EngineError.configuration("Odoo systems do not send pointer payloads")
    }

    func owns(_ url: URL) -> Bool { SameOrigin.check(url, baseURL) }

    private func run<T: Sendable>(_ trace: CallTrace, _ body: () async throws -> T) async throws -> T {
        do {
            return try await trace.collecting(body)
        } catch {
            throw ValueBridge.engineError(error)
        }
    }

    static func term(_ condition: Condition) -> JSONValue {
        if condition.isPrefixOperator { return .string(condition.op) }
        return term(condition.field, condition.op, ValueBridge.json(condition.value))
    }

    static func term(_ field: String, _ op: String, _ value: JSONValue) -> JSONValue {
        .array([.string(field), .string(op), value])
    }

    static func ids(_ id: String) throws -> [Int] {
        guard let int = Int(id) else { throw EngineError.permanent("`\(id)` is not an Odoo record id") }
        return [int]
    }
}

/// Whether a URL has the same scheme, host and port as a base URL, and no user-info.
enum SameOrigin {
    static func check(_ url: URL, _ base: URL) -> Bool {
        guard url.user == nil, url.password == nil,
              let scheme = url.scheme?.lowercased(), scheme == base.scheme?.lowercased(),
              let host = url.host?.lowercased(), host == base.host?.lowercased()
        else { return false }
        return (url.port ?? defaultPort(scheme)) == (base.port ?? defaultPort(scheme))
    }

    private static func defaultPort(_ scheme: String) -> Int { scheme == "https" ? 443 : 80 }
}

import WaybillExpressions

/// Resolves a flow's lookups into the unit's scope, in declaration order.
struct LookupResolver {
    let tenant: TenantRuntime
    let cache: LookupCache
    let trace: CallTrace

    func resolve(_ lookups: [LookupProgram], into scope: inout UnitScope) async throws {
        for lookup in lookups {
            if let when = lookup.when, try when.evaluate(scope) != .bool(true) {
                scope.bind(lookup.name, .null)
                continue
            }
            let key = try lookup.key?.evaluate(scope) ?? .null
            let value = try await value(of: lookup, key: key, scope: scope)
            if lookup.required, value.isNull {
                throw EngineError.permanent("lookup `\(lookup.name)`: no value for key \(key.canonicalJSON)")
            }
            scope.bind(lookup.name, value)
        }
    }

    private func value(of lookup: LookupProgram, key: Value, scope: UnitScope) async throws -> Value {
        switch lookup.kind {
        case .table(let table):
            return Self.tableValue(tenant.tables, table, key) ?? .null
        case .find(let system, let target, let conditions, let fields, let create):
            var keyed = scope
            keyed.bind("key", key)
            let resolved = try conditions.map { try $0.resolve(keyed) }
            let cacheKey = "find|\(system)|\(target)|\(resolved.map(\.description).joined(separator: "&"))"
            if let cached = cache.value(cacheKey) { return cached }
            let client = try tenant.clients.client(system)
            let found = try await client.find(target, conditions: resolved, fields: fields, limit: 1, trace: trace)
            var result = found.first ?? .null
            if result.isNull, let create {
                var values: [String: Value] = [:]
                for (field, expression) in create { values[field] = try expression.evaluate(keyed) }
                let id = try await client.create(target, values: values, trace: trace)
                values["id"] = Int(id).map(Value.int) ?? .string(id)
                result = .object(values)
            }
            if !result.isNull { cache.store(result, for: cacheKey) }
            return result
        case .findAll(let system, let target, let conditions, let fields):
            var keyed = scope
            keyed.bind("key", key)
            let resolved = try conditions.map { try $0.resolve(keyed) }
            let cacheKey = "findAll|\(system)|\(target)|\(resolved.map(\.description).joined(separator: "&"))"
            let client = try tenant.clients.client(system)
            let trace = self.trace
            return try await cache.shared(cacheKey) {
                .list(try await client.find(target, conditions: resolved, fields: fields, limit: nil, trace: trace))
            }
        case .findMany(let system, let target, let field, let valuesExpression, let fields):
            guard case .list(let values) = try valuesExpression.evaluate(scope) else { return .object([:]) }
            let condition = Condition(field: field, op: "in", value: .list(values))
            let cacheKey = "findMany|\(system)|\(target)|\(condition.description)"
            let client = try tenant.clients.client(system)
            let trace = self.trace
            return try await cache.shared(cacheKey) {
                let found = try await client.find(target, conditions: [condition], fields: fields, limit: nil, trace: trace)
                var index: [String: Value] = [:]
                for record in found {
                    guard case .object(let fields) = record, let text = fields[field]?.text else { continue }
                    index[text] = record
                }
                return Value.object(index)
            }
        }
    }

    /// A table row by key, trying the key as written and as text or integer.
    static func tableValue(_ tables: any LookupTables, _ table: String, _ key: Value) -> Value? {
        if let value = tables.value(in: table, for: key) { return value }
        switch key {
        case .int(let int): return tables.value(in: table, for: .string(String(int)))
        case .string(let text): return Int(text).flatMap { tables.value(in: table, for: .int($0)) }
        default: return nil
        }
    }
}

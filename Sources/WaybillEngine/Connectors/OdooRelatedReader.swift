import Foundation
import WaybillConnectors
import WaybillExpressions

/// Reads Odoo records the way flows see them: a many2one (`[id, "name"]` on the wire) becomes an
/// object `{id, display_name}`, and dotted paths in `fields` (`partner_id.email`,
/// `picking_type_id.warehouse_id.id`) are filled in by reading the related records, one batched
/// `read` per related model and level. Relations come from `fields_get`, asked once per model.
struct OdooRelatedReader: Sendable {
    let client: OdooClient
    let relations: OdooRelationCache

    /// The fields to ask `search_read` for: plain fields and the first segment of dotted paths.
    static func baseFields(_ fields: [String]) -> [String] {
        var seen = Set<String>()
        return fields.compactMap { field in
            let head = field.split(separator: ".", maxSplits: 1).first.map(String.init) ?? field
            return seen.insert(head).inserted ? head : nil
        }
    }

    /// Converts records of `model` read with ``baseFields(_:)`` and resolves the dotted `fields`.
    func resolve(_ model: String, _ records: [[String: JSONValue]], fields: [String]) async throws -> [Value] {
        var values = records.map { Self.shape(ValueBridge.value(.object($0))) }
        var nested: [String: [String]] = [:]
        for field in fields {
            let parts = field.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 { nested[parts[0], default: []].append(parts[1]) }
        }
        for (relation, subfields) in nested.sorted(by: { $0.key < $1.key }) {
            let ids = Array(Set(values.compactMap { Self.relatedID($0, relation) })).sorted()
            guard !ids.isEmpty else { continue }
            guard let relatedModel = try await relations.relation(model, relation, client: client) else {
                throw EngineError.configuration("\(model).\(relation) is not a relational field; cannot read `\(relation).\(subfields[0])`")
            }
            let related = try await client.read(relatedModel, ids: ids, fields: Self.baseFields(subfields))
            let resolved = try await resolve(relatedModel, related, fields: subfields)
            var byID: [Int: [String: Value]] = [:]
            for record in resolved {
                if case .object(let fields) = record, case .int(let id)? = fields["id"] { byID[id] = fields }
            }
            values = values.map { record in
                guard case .object(var fields) = record, let id = Self.relatedID(record, relation),
                      case .object(var target)? = fields[relation], let extra = byID[id] else { return record }
                for (key, value) in extra where key != "display_name" || target[key] == nil { target[key] = value }
                fields[relation] = .object(target)
                return .object(fields)
            }
        }
        return values
    }

    /// `[id, "name"]` pairs (many2one on the wire) as `{id, display_name}` objects.
    static func shape(_ record: Value) -> Value {
        guard case .object(var fields) = record else { return record }
        for (key, value) in fields {
            if case .list(let pair) = value, pair.count == 2, case .int(let id) = pair[0], case .string(let name) = pair[1] {
                fields[key] = .object(["id": .int(id), "display_name": .string(name)])
            }
        }
        return .object(fields)
    }

    static func relatedID(_ record: Value, _ relation: String) -> Int? {
        guard case .object(let fields) = record, case .object(let target)? = fields[relation],
              case .int(let id)? = target["id"] else { return nil }
        return id
    }

    /// Values as Odoo writes them: a many2one object (`{id, …}`) is written as its id, and a plain
    /// list of ids for a `many2many` field as the SET command `[[6, 0, ids]]`.
    func writable(_ model: String, _ values: [String: Value]) async throws -> [String: Value] {
        var written: [String: Value] = [:]
        for (field, value) in values {
            switch value {
            case .object(let fields) where fields["id"] != nil && fields["display_name"] != nil:
                written[field] = fields["id"]
            case .list(let items) where items.allSatisfy({ if case .int = $0 { true } else { false } }):
                let type = try await relations.type(model, field, client: client)
                written[field] = type == "many2many" ? .list([.list([.int(6), .int(0), .list(items)])]) : value
            default:
                written[field] = value
            }
        }
        return written
    }
}

/// `fields_get` relations and types per model, asked once.
final class OdooRelationCache: @unchecked Sendable {
    private struct Model {
        var relations: [String: String] = [:]
        var types: [String: String] = [:]
    }

    private let lock = NSLock()
    private var models: [String: Model] = [:]

    init() {}

    /// The comodel of `model.field`, or nil when the field is not relational.
    func relation(_ model: String, _ field: String, client: OdooClient) async throws -> String? {
        try await describe(model, client: client).relations[field]
    }

    /// The Odoo type of `model.field` (`many2one`, `many2many`, `char`…), nil when unknown.
    func type(_ model: String, _ field: String, client: OdooClient) async throws -> String? {
        try await describe(model, client: client).types[field]
    }

    private func describe(_ model: String, client: OdooClient) async throws -> Model {
        if let known = lock.withLock({ models[model] }) { return known }
        let description = try await client.fieldsGet(model, attributes: ["relation", "type"])
        var table = Model()
        for (name, attributes) in description {
            let object = attributes.objectValue
            if let relation = object?["relation"]?.stringValue, !relation.isEmpty { table.relations[name] = relation }
            if let type = object?["type"]?.stringValue { table.types[name] = type }
        }
        lock.withLock { models[model] = table }
        return table
    }
}

import WaybillExpressions

/// How source records become units of work: unnest (`each`), filter, group (`group_by`).
///
/// A unit is a JSON object stored as the job payload: a plain record is the record itself; with
/// `each`, `{ "record": element, "parent": record }`; with `group_by`, `{ "key": k, "group": [...] }`.
public struct UnitShape: Sendable {
    /// The key under which an unnested element is kept.
    public static let recordKey = "record"

    /// Unnest: one unit per element of the list at this field path (dotted paths go through
    /// objects: `data.items`); an object there is one element, a missing or null value none.
    public var each: String?
    /// Keep units where this holds.
    public var filter: EngineExpression?
    /// Group units by this key.
    public var groupBy: EngineExpression?

    /// Creates a shape.
    public init(each: String? = nil, filter: EngineExpression? = nil, groupBy: EngineExpression? = nil) {
        self.each = each
        self.filter = filter
        self.groupBy = groupBy
    }

    /// Shapes records into units, in order. Throws a mapping error when an expression fails.
    public func units(from records: [Value], scope: (Value) -> UnitScope) throws -> [Value] {
        var items: [Value] = []
        for record in records {
            guard let each else {
                items.append(record)
                continue
            }
            for element in Self.elements(at: each, in: record) {
                items.append(.object([Self.recordKey: element, "parent": record]))
            }
        }
        if let filter {
            items = try items.filter { try filter.evaluate(scope($0)) == .bool(true) }
        }
        guard let groupBy else { return items }
        var order: [Value] = []
        var groups: [Value: [Value]] = [:]
        for item in items {
            let key = try groupBy.evaluate(scope(item))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(Self.plain(item))
        }
        return order.map { .object(["key": $0, "group": .list(groups[$0] ?? [])]) }
    }

    /// The elements `each` unnests: the list at the dotted `path`, or the one object there.
    static func elements(at path: String, in record: Value) -> [Value] {
        var value = record
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let fields) = value, let next = fields[String(component)] else { return [] }
            value = next
        }
        switch value {
        case .list(let elements): return elements
        case .object: return [value]
        default: return []
        }
    }

    private static func plain(_ item: Value) -> Value {
        if case .object(let fields) = item, let record = fields[recordKey] { return record }
        return item
    }
}

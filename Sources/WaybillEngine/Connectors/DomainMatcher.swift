import WaybillExpressions

/// Checks a domain (comparisons and the prefix operators `|`, `&`, `!` in Polish notation, as in
/// Odoo) against a record read from a REST system, which cannot filter by the whole domain itself.
/// Field names may be dotted paths into nested objects (`channel.id`).
struct DomainMatcher: Sendable {
    indirect enum Node: Sendable {
        case term(Condition)
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
        case always
    }

    let root: Node

    /// Parses the domain; a malformed one (an operator without enough operands) is a configuration error.
    init(_ conditions: [Condition]) throws {
        var nodes: [Node] = []
        // Polish notation read right to left: operands are pushed, operators pop theirs.
        for condition in conditions.reversed() {
            guard condition.isPrefixOperator else {
                nodes.append(.term(condition))
                continue
            }
            switch condition.op {
            case "!":
                guard let operand = nodes.popLast() else { throw Self.malformed(conditions) }
                nodes.append(.not(operand))
            case "|", "&":
                guard let left = nodes.popLast(), let right = nodes.popLast() else { throw Self.malformed(conditions) }
                nodes.append(condition.op == "|" ? .or(left, right) : .and(left, right))
            default:
                throw EngineError.configuration("unknown domain operator `\(condition.op)`")
            }
        }
        // Whatever is left is implicitly ANDed, first term first.
        root = nodes.reversed().reduce(Node.always) { partial, node in
            if case .always = partial { return node }
            return .and(partial, node)
        }
    }

    /// Whether `record` satisfies the domain.
    func matches(_ record: Value) -> Bool { Self.evaluate(root, record) }

    private static func evaluate(_ node: Node, _ record: Value) -> Bool {
        switch node {
        case .always: return true
        case .term(let condition): return holds(condition, on: record)
        case .and(let left, let right): return evaluate(left, record) && evaluate(right, record)
        case .or(let left, let right): return evaluate(left, record) || evaluate(right, record)
        case .not(let inner): return !evaluate(inner, record)
        }
    }

    private static func malformed(_ conditions: [Condition]) -> EngineError {
        EngineError.configuration("malformed domain (an operator lacks operands): \(conditions.map(\.description))")
    }

    /// One comparison on a record field (dotted paths descend into objects).
    static func holds(_ condition: Condition, on record: Value) -> Bool {
        let value = field(condition.field, of: record)
        let wanted = condition.value
        switch condition.op {
        case "=", "==": return same(value, wanted)
        case "!=", "<>": return !same(value, wanted)
        case "in", "not in":
            guard case .list(let items) = wanted else { return false }
            let found = items.contains { same(value, $0) }
            return condition.op == "in" ? found : !found
        case "=ilike": return value.text?.lowercased() == wanted.text?.lowercased()
        case "ilike", "like":
            guard let text = value.text, let needle = wanted.text else { return false }
            return condition.op == "like" ? text.contains(needle) : text.lowercased().contains(needle.lowercased())
        case "<", "<=", ">", ">=":
            guard let order = compare(value, wanted) else { return false }
            switch condition.op {
            case "<": return order < 0
            case "<=": return order <= 0
            case ">": return order > 0
            default: return order >= 0
            }
        default: return false
        }
    }

    static func field(_ path: String, of record: Value) -> Value {
        var current = record
        for part in path.split(separator: ".") {
            guard case .object(let fields) = current else { return .null }
            current = fields[String(part)] ?? .null
        }
        return current
    }

    private static func same(_ left: Value, _ right: Value) -> Bool {
        if let order = compare(left, right) { return order == 0 }
        return left.text == right.text
    }

    /// Numbers compare as numbers, everything else as text (ISO dates sort as text).
    private static func compare(_ left: Value, _ right: Value) -> Int? {
        if let a = number(left), let b = number(right) { return a < b ? -1 : (a == b ? 0 : 1) }
        guard !left.isNull, !right.isNull, let a = left.text, let b = right.text else { return nil }
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    private static func number(_ value: Value) -> DecimalValue? {
        switch value {
        case .int(let int): return DecimalValue(int)
        case .decimal(let decimal): return decimal
        default: return nil
        }
    }
}

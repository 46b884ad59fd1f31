/// Compares one field value with a domain operand (`=`, `in`, `ilike`, …) with Odoo's rules for `False`.
struct OdooComparison {
    let field: OdooField
    /// The record's raw value: stored scalar, many2one id, or x2many id list.
    let raw: OdooValue
    let database: OdooDatabase

    /// True if the value satisfies `op value`.
    func test(_ op: OdooOperator, _ value: OdooValue) -> Bool {
        if let positive = op.positive { return !test(positive, value) }
        switch op {
        case .equal: return equals(value)
        case .equalIfSet: return value == .bool(false) || value == .none ? true : equals(value)
        case .greater, .greaterOrEqual, .less, .lessOrEqual: return order(op, value)
        case .like, .ilike:
            guard let text = value.stringValue else { return value.isFalsy ? isEmpty : false }
            return texts.contains { OdooLikePattern.matches($0, "%\(text)%", caseInsensitive: op == .ilike) }
        case .equalLike, .equalIlike:
            guard let text = value.stringValue else { return false }
            return texts.contains { OdooLikePattern.matches($0, text, caseInsensitive: op == .equalIlike) }
        case .isIn:
            let options = value.arrayValue ?? [value]
            return options.contains { equals($0) }
        default: return false
        }
    }

    private var isEmpty: Bool {
        switch raw {
        case .bool(false), .none: return true
        case .array(let items): return items.isEmpty
        case .string(let text): return text.isEmpty
        default: return false
        }
    }

    private var ids: [Int] {
        if field.type == .many2one { return raw.intValue.map { [$0] } ?? [] }
        return raw.intArray ?? []
    }

    /// The strings a text operator looks at: the value, or display names of related records.
    private var texts: [String] {
        if field.type.isRelational, let comodel = field.relation {
            return ids.map { database.displayName(model: comodel, id: $0) }
        }
        if let text = raw.stringValue { return [text] }
        if case .int(let number) = raw { return [String(number)] }
        if case .double(let number) = raw { return [String(number)] }
        return []
    }

    private func equals(_ value: OdooValue) -> Bool {
        if field.type == .boolean { return !raw.isFalsy == !value.isFalsy }
        if value == .bool(false) || value == .none { return isEmpty }
        if field.type.isRelational {
            if let id = value.intValue { return ids.contains(id) }
            if let text = value.stringValue { return texts.contains(text) }
            return false
        }
        if let lhs = raw.doubleValue, let rhs = value.doubleValue { return lhs == rhs }
        if let lhs = raw.stringValue, let rhs = value.stringValue { return lhs == rhs }
        return raw == value
    }

    private func order(_ op: OdooOperator, _ value: OdooValue) -> Bool {
        if isEmpty || value == .bool(false) || value == .none { return false }
        let result: Int
        if let lhs = raw.doubleValue, let rhs = value.doubleValue {
            result = lhs < rhs ? -1 : (lhs > rhs ? 1 : 0)
        } else if let lhs = raw.stringValue, let rhs = value.stringValue {
            result = lhs < rhs ? -1 : (lhs > rhs ? 1 : 0)
        } else {
            return false
        }
        switch op {
        case .greater: return result > 0
        case .greaterOrEqual: return result >= 0
        case .less: return result < 0
        default: return result <= 0
        }
    }
}

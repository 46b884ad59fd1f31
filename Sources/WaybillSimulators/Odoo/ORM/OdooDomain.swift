/// A parsed search domain: Polish-notation `&`, `|`, `!` over `[field, operator, value]` leaves.
indirect enum OdooDomain: Equatable {
    case all
    case none
    case and(OdooDomain, OdooDomain)
    case or(OdooDomain, OdooDomain)
    case not(OdooDomain)
    case leaf(path: [String], op: OdooOperator, value: OdooValue)

    /// Parses a domain list; terms not joined by an operator are ANDed (Odoo's normalisation).
    static func parse(_ value: OdooValue) throws -> OdooDomain {
        if value == .bool(false) || value == .none { return .all }
        guard let items = value.arrayValue else {
            throw OdooError.value("Invalid domain: \(OdooJSONWriter.write(value))")
        }
        var index = 0
        var terms: [OdooDomain] = []
        while index < items.count { terms.append(try parseTerm(items, &index)) }
        guard var result = terms.first else { return .all }
        for term in terms.dropFirst() { result = .and(result, term) }
        return result
    }

    private static func parseTerm(_ items: [OdooValue], _ index: inout Int) throws -> OdooDomain {
        guard index < items.count else { throw OdooError.value("Invalid domain: missing operand") }
        let item = items[index]
        index += 1
        switch item.stringValue {
        case "&": return .and(try parseTerm(items, &index), try parseTerm(items, &index))
        case "|": return .or(try parseTerm(items, &index), try parseTerm(items, &index))
        case "!": return .not(try parseTerm(items, &index))
        default: break
        }
        guard let leaf = item.arrayValue, leaf.count == 3 else {
            throw OdooError.value("Invalid leaf \(OdooJSONWriter.write(item))")
        }
        if leaf[0] == .int(1), leaf[1] == "=", leaf[2] == .int(1) { return .all }
        if leaf[0] == .int(0), leaf[1] == "=", leaf[2] == .int(1) { return .none }
        guard let path = leaf[0].stringValue, !path.isEmpty else {
            throw OdooError.value("Invalid leaf \(OdooJSONWriter.write(item))")
        }
        guard let opText = leaf[1].stringValue, let op = OdooOperator(rawValue: opText.lowercased()) else {
            throw OdooError.value("Invalid leaf \(OdooJSONWriter.write(item))")
        }
        return .leaf(path: path.split(separator: ".").map(String.init), op: op, value: leaf[2])
    }

    /// True if any leaf's path starts with `field`.
    func mentions(_ field: String) -> Bool {
        switch self {
        case .all, .none: return false
        case .and(let lhs, let rhs), .or(let lhs, let rhs): return lhs.mentions(field) || rhs.mentions(field)
        case .not(let inner): return inner.mentions(field)
        case .leaf(let path, _, _): return path.first == field
        }
    }
}

/// The comparison operators of Odoo domains (API-FACTS §1.4).
enum OdooOperator: String, CaseIterable {
    case equal = "=", notEqual = "!=", greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="
    case equalIfSet = "=?", like, notLike = "not like", ilike, notIlike = "not ilike"
    case equalLike = "=like", equalIlike = "=ilike", isIn = "in", notIn = "not in"
    case childOf = "child_of", parentOf = "parent_of", any, notAny = "not any"

    /// The positive operator a negative one negates (`not in` → `in`), or nil for positive operators.
    var positive: OdooOperator? {
        switch self {
        case .notEqual: return .equal
        case .notLike: return .like
        case .notIlike: return .ilike
        case .notIn: return .isIn
        case .notAny: return .any
        default: return nil
        }
    }
}

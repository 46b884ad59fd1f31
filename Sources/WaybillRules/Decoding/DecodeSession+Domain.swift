/// The operators allowed in domain terms.
let domainOperators = ["=", "!=", "<>", ">", ">=", "<", "<=", "in", "not in", "like", "not like", "ilike",
                       "not ilike", "=like", "=ilike", "child_of", "parent_of", "any", "not any"]

extension DecodeSession {
    /// A domain: a list of `[field, op, value]` triples and prefix operators. With
    /// `expressions: true` a value is an expression (plain) or template (quoted).
    func domain(_ node: YAMLNode, _ path: String, expressions: Bool) -> [DomainTerm] {
        guard let items = sequence(node, path) else { return [] }
        var terms: [DomainTerm] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            if let scalar = item.scalar, ["&", "|", "!"].contains(scalar.text) {
                terms.append(.prefix(scalar.text))
                continue
            }
            guard case .sequence(let parts) = item.content, parts.count == 3,
                  let field = parts[0].scalar?.text, let op = parts[1].scalar?.text else {
                report(.badDomain, at: item.location,
                       "a domain term is `[field, operator, value]` or one of '&', '|', '!'")
                continue
            }
            locations[itemPath] = item.location
            locations[itemPath + ".field"] = parts[0].location.shifted(by: 0, length: field.count)
            guard domainOperators.contains(op) else {
                report(.badDomain, at: parts[1].location, "`\(op)` is not a domain operator",
                       suggestion: Suggestion.closest(to: op, in: domainOperators))
                continue
            }
            let value: DomainValue
            if expressions, parts[2].scalar != nil, let expression = expression(parts[2], itemPath + ".value") {
                value = .expression(expression)
            } else {
                value = .literal(literal(parts[2]))
            }
            terms.append(.condition(field: field, op: op, value: value))
        }
        return terms
    }
}

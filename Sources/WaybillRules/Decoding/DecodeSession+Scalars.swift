extension DecodeSession {
    /// A duration scalar.
    func duration(_ node: YAMLNode, _ path: String) -> RuleDuration? {
        guard let text = string(node, path) else { return nil }
        guard let duration = RuleDuration(parsing: text) else {
            report(.badDuration, at: node.location,
                   "`\(text)` is not a duration; write an integer and a unit: 500ms, 30s, 5m, 1h or 1d")
            return nil
        }
        return duration
    }

    /// One of the raw values of an enum.
    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ path: String,
                                                    _ type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(node, path) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue)
            report(.badValue, at: node.location,
                   "`\(text)` is not a valid `\(path.lastPathComponent)`; expected one of \(allowed.joined(separator: ", "))",
                   suggestion: Suggestion.closest(to: text, in: allowed))
            return nil
        }
        return value
    }

    /// An expression or template from a scalar: plain and block scalars are expressions, quoted
    /// scalars are templates unless they start with `=`.
    func expression(_ node: YAMLNode, _ path: String) -> RuleExpression? {
        guard let scalar = node.scalar else {
            report(.wrongType, at: node.location,
                   "`\(path.lastPathComponent)` must be an expression (a scalar), not \(node.shapeName)")
            return nil
        }
        locations[path] = node.location
        if scalar.isQuoted, scalar.text.hasPrefix("=") {
            let positions = scalarPositions(node, scalar)
            return RuleExpression(source: String(scalar.text.dropFirst()), form: .expression,
                                  location: node.location, positions: Array(positions.dropFirst()))
        }
        return RuleExpression(source: scalar.text, form: scalar.isQuoted ? .template : .expression,
                              location: node.location, positions: scalarPositions(node, scalar))
    }

    /// A template from any scalar.
    func template(_ node: YAMLNode, _ path: String) -> RuleExpression? {
        guard let scalar = node.scalar else {
            report(.wrongType, at: node.location, "`\(path.lastPathComponent)` must be text, not \(node.shapeName)")
            return nil
        }
        locations[path] = node.location
        return RuleExpression(source: scalar.text, form: .template, location: node.location,
                              positions: scalarPositions(node, scalar))
    }
}

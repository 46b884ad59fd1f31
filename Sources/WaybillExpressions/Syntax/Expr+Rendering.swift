extension Expr {
    /// A fully parenthesized rendering, e.g. `(+ 1 (* 2 3))`, for tests and debugging.
    var sExpression: String {
        switch kind {
        case .literal(let value):
            if case .string(let text) = value { return "'\(text)'" }
            return value.text ?? "null"
        case .variable(let name): return name
        case .member(let base, let name): return "(. \(base.sExpression) \(name.text))"
        case .index(let base, let index): return "([] \(base.sExpression) \(index.sExpression))"
        case .unary(let op, let operand): return "(\(op.rawValue) \(operand.sExpression))"
        case .binary(let op, let l, let r): return "(\(op.rawValue) \(l.sExpression) \(r.sExpression))"
        case .conditional(let c, let t, let e): return "(? \(c.sExpression) \(t.sExpression) \(e.sExpression))"
        case .call(let name, let args): return "(\(name.text)\(args.map { " " + $0.sExpression }.joined()))"
        case .lambda(let names, let body): return "(=> [\(names.map(\.text).joined(separator: " "))] \(body.sExpression))"
        case .list(let items): return "[\(items.map(\.sExpression).joined(separator: " "))]"
        case .object(let fields): return "{\(fields.map { "\($0.0.text): \($0.1.sExpression)" }.joined(separator: ", "))}"
        case .invalid: return "<invalid>"
        }
    }

    /// Parses `source` for tests; `nil` on a syntax error.
    static func parse(_ source: String) -> Expr? {
        let scalars = Array(source.unicodeScalars)
        var lexer = Lexer(scalars: scalars, range: 0..<scalars.count)
        var parser = Parser(tokens: lexer.tokenize())
        guard let expr = try? parser.parseWhole(), lexer.diagnostics.isEmpty else { return nil }
        return expr
    }
}

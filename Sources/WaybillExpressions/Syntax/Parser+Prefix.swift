extension Parser {
    /// Literals, names, calls, lambdas, groups, lists, objects and prefix operators.
    mutating func parsePrefix() throws(Failure) -> Expr {
        let token = current
        switch token.kind {
        case .int(let value):
            _ = advance()
            return Expr(kind: .literal(.int(value)), range: token.range)
        case .decimal(let value):
            _ = advance()
            return Expr(kind: .literal(.decimal(value)), range: token.range)
        case .string(let value):
            _ = advance()
            return Expr(kind: .literal(.string(value)), range: token.range)
        case .identifier(let name):
            return try parseIdentifier(name, token)
        case .symbol("!"), .symbol("-"):
            _ = advance()
            let operand = try parseExpression(minimum: Parser.prefixPower)
            let op: Expr.UnaryOperator = token.isSymbol("!") ? .not : .negate
            return Expr(kind: .unary(op, operand), range: token.range.lowerBound..<operand.range.upperBound)
        case .symbol("("):
            if let lambda = try parseParenthesizedLambda() { return lambda }
            _ = advance()
            let inner = try parseExpression(minimum: 0)
            let close = try expect(")", "to close the group")
            return Expr(kind: inner.kind, range: token.range.lowerBound..<close.range.upperBound)
        case .symbol("["):
            _ = advance()
            let items = try parseList(closing: "]")
            return Expr(kind: .list(items.values), range: token.range.lowerBound..<items.end)
        case .symbol("{"):
            return try parseObject()
        default:
            throw failure(.expectedExpression, "expected an expression, found \(token.display)")
        }
    }

    private mutating func parseIdentifier(_ name: String, _ token: Token) throws(Failure) -> Expr {
        _ = advance()
        switch name {
        case "true": return Expr(kind: .literal(.bool(true)), range: token.range)
        case "false": return Expr(kind: .literal(.bool(false)), range: token.range)
        case "null": return Expr(kind: .literal(.null), range: token.range)
        default: break
        }
        let nameNode = Expr.Name(text: name, range: token.range)
        if current.isSymbol("=>") {
            _ = advance()
            let body = try parseExpression(minimum: 0)
            return Expr(kind: .lambda([nameNode], body), range: token.range.lowerBound..<body.range.upperBound)
        }
        if current.isSymbol("(") {
            _ = advance()
            let arguments = try parseList(closing: ")")
            return Expr(kind: .call(nameNode, arguments.values), range: token.range.lowerBound..<arguments.end)
        }
        return Expr(kind: .variable(name), range: token.range)
    }

    /// `(a, b) => body`, recognised by looking ahead; `nil` when the parenthesis is a group.
    private mutating func parseParenthesizedLambda() throws(Failure) -> Expr? {
        var look = position + 1
        var names: [Expr.Name] = []
        while case .identifier(let text) = tokens[look].kind {
            names.append(Expr.Name(text: text, range: tokens[look].range))
            look += 1
            if tokens[look].isSymbol(",") { look += 1 } else { break }
        }
        guard tokens[look].isSymbol(")"), look + 1 < tokens.count, tokens[look + 1].isSymbol("=>") else { return nil }
        let start = current.range.lowerBound
        position = look + 2
        let body = try parseExpression(minimum: 0)
        return Expr(kind: .lambda(names, body), range: start..<body.range.upperBound)
    }

    /// Comma-separated expressions up to `closing` (a trailing comma is allowed).
    private mutating func parseList(closing: String) throws(Failure) -> (values: [Expr], end: Int) {
        var values: [Expr] = []
        while !current.isSymbol(closing) {
            values.append(try parseExpression(minimum: 0))
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol(closing) {
                throw failure(.expectedToken, "expected `,` or `\(closing)`, found \(current.display)")
            }
        }
        let close = advance()
        return (values, close.range.upperBound)
    }

    private mutating func parseObject() throws(Failure) -> Expr {
        let open = advance()
        var fields: [(Expr.Name, Expr)] = []
        while !current.isSymbol("}") {
            let key: Expr.Name
            switch current.kind {
            case .identifier(let text), .string(let text):
                key = Expr.Name(text: text, range: advance().range)
            default:
                throw failure(.expectedToken, "expected a field name in the object, found \(current.display)")
            }
            _ = try expect(":", "after the field name")
            fields.append((key, try parseExpression(minimum: 0)))
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol("}") {
                throw failure(.expectedToken, "expected `,` or `}`, found \(current.display)")
            }
        }
        let close = advance()
        return Expr(kind: .object(fields), range: open.range.lowerBound..<close.range.upperBound)
    }
}

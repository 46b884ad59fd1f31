/// A Pratt parser from tokens to an ``Expr`` tree.
///
/// Precedence, loosest first: lambda `=>`, conditional `? :` (right), `||`, `&&`, `==` `!=`,
/// `<` `<=` `>` `>=` `in`, `??` (right), `+` `-`, `*` `/` `%`, prefix `!` `-`, postfix `.name` `[i]`.
/// The parser stops at the first syntax error (later ones are usually consequences of it).
struct Parser {
    struct Failure: Error {
        var diagnostic: ExpressionDiagnostic
    }

    var tokens: [Token]
    var position = 0
    /// Current recursion depth of `parseExpression`.
    private var nesting = 0

    /// The deepest expression accepted; deeper input is rejected with `X022` rather than risking the stack.
    static let maximumDepth = 100

    init(tokens: [Token]) { self.tokens = tokens }

    /// Parses one whole expression; every token must be consumed.
    mutating func parseWhole() throws(Failure) -> Expr {
        if case .end = current.kind {
            throw Failure(diagnostic: ExpressionDiagnostic(.emptyExpression, "the expression is empty",
                                                           at: current.range))
        }
        let expr = try parseExpression(minimum: 0)
        guard case .end = current.kind else {
            throw failure(.expectedToken, "expected the end of the expression, found \(current.display)",
                          suggestion: suggestionForTrailing())
        }
        return expr
    }

    var current: Token { tokens[position] }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func expect(_ symbol: String, _ context: String) throws(Failure) -> Token {
        guard current.isSymbol(symbol) else {
            throw failure(.expectedToken, "expected `\(symbol)` \(context), found \(current.display)")
        }
        return advance()
    }

    func failure(_ code: ExpressionDiagnosticCode, _ message: String, suggestion: String? = nil) -> Failure {
        Failure(diagnostic: ExpressionDiagnostic(code, message, at: current.range, suggestion: suggestion))
    }

    private func suggestionForTrailing() -> String? {
        if current.isSymbol("=") { return "use `==` to compare" }
        if case .identifier(let name) = current.kind, name == "and" || name == "or" {
            return "use `\(name == "and" ? "&&" : "||")`"
        }
        return nil
    }

    /// The binding power of an infix operator token, with its right-associativity.
    static func infix(_ token: Token) -> (power: Int, rightAssociative: Bool)? {
        switch token.kind {
        case .symbol("?"): return (1, true)
        case .symbol("||"): return (2, false)
        case .symbol("&&"): return (3, false)
        case .symbol("=="), .symbol("!="): return (4, false)
        case .symbol("<"), .symbol("<="), .symbol(">"), .symbol(">="), .identifier("in"): return (5, false)
        case .symbol("??"): return (6, true)
        case .symbol("+"), .symbol("-"): return (7, false)
        case .symbol("*"), .symbol("/"), .symbol("%"): return (8, false)
        case .symbol("."), .symbol("["): return (10, false)
        default: return nil
        }
    }

    static let prefixPower = 9

    mutating func parseExpression(minimum: Int) throws(Failure) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maximumDepth { throw tooDeep() }
        var left = try parsePrefix()
        while let (power, rightAssociative) = Parser.infix(current), power > minimum {
            let token = advance()
            left = try parseInfix(token, left: left, power: rightAssociative ? power - 1 : power)
            if left.depth > Parser.maximumDepth { throw tooDeep() }
        }
        return left
    }

    private func tooDeep() -> Failure {
        failure(.tooDeep, "the expression is nested more than \(Parser.maximumDepth) levels deep",
                suggestion: "split it into several mappings or use a function such as sum(list)")
    }

    private mutating func parseInfix(_ token: Token, left: Expr, power: Int) throws(Failure) -> Expr {
        switch token.kind {
        case .symbol("."):
            let name = try parseName(after: "`.`")
            return Expr(kind: .member(left, name), range: left.range.lowerBound..<name.range.upperBound)
        case .symbol("["):
            let index = try parseExpression(minimum: 0)
            let close = try expect("]", "to close the index")
            return Expr(kind: .index(left, index), range: left.range.lowerBound..<close.range.upperBound)
        case .symbol("?"):
            let then = try parseExpression(minimum: 0)
            _ = try expect(":", "in the conditional `c ? a : b`")
            let otherwise = try parseExpression(minimum: power)
            return Expr(kind: .conditional(left, then, otherwise),
                        range: left.range.lowerBound..<otherwise.range.upperBound)
        default:
            let symbol: String
            switch token.kind {
            case .symbol(let text): symbol = text
            default: symbol = "in"
            }
            let right = try parseExpression(minimum: power)
            let op = Expr.BinaryOperator(rawValue: symbol) ?? .add
            return Expr(kind: .binary(op, left, right), range: left.range.lowerBound..<right.range.upperBound)
        }
    }

    mutating func parseName(after what: String) throws(Failure) -> Expr.Name {
        guard case .identifier(let text) = current.kind else {
            throw failure(.expectedToken, "expected a field name after \(what), found \(current.display)",
                          suggestion: "write odd names as `object[\"odd key\"]`")
        }
        let token = advance()
        return Expr.Name(text: text, range: token.range)
    }
}

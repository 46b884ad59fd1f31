/// The facade of the expression language: parse → check → compile.
public enum Expressions {
    /// Compiles one expression. When `expecting` is given, the result type must fit it
    /// (e.g. a decimal field must not receive a string: diagnostic `X013`).
    public static func compile(_ source: String, in env: ExpressionEnvironment,
                               expecting: ExprType? = nil) -> CompileResult {
        let scalars = Array(source.unicodeScalars)
        return compile(scalars: scalars, range: 0..<scalars.count, source: source, in: env, expecting: expecting)
    }

    /// Compiles a text template: literal text with `${expr}` interpolations (`$${` writes `${`).
    /// The result is a string; interpolated values are written as `to_string` would.
    public static func compileTemplate(_ text: String, in env: ExpressionEnvironment) -> CompileResult {
        let scalars = Array(text.unicodeScalars)
        var diagnostics: [ExpressionDiagnostic] = []
        var parts: [TypedExpr] = []
        var checker = TypeChecker(environment: env)
        for piece in TemplateSplitter.split(scalars, diagnostics: &diagnostics) {
            switch piece {
            case .text(let literal, let range):
                parts.append(TypedExpr(node: .literal(.string(literal)), type: .string, range: range))
            case .expression(let range):
                var lexer = Lexer(scalars: scalars, range: range)
                var parser = Parser(tokens: lexer.tokenize())
                diagnostics += lexer.diagnostics
                do {
                    let parsed = try parser.parseWhole()
                    guard lexer.diagnostics.isEmpty else { continue }
                    parts.append(checker.check(parsed))
                } catch {
                    diagnostics.append(error.diagnostic)
                }
            }
        }
        diagnostics += checker.diagnostics
        let typed = TypedExpr(node: .call(TemplateConcat.definition, parts.map { .value($0) }), type: .string,
                              range: 0..<scalars.count)
        return finish(typed, slotCount: checker.slotCount, diagnostics: diagnostics, source: text)
    }

    static func compile(scalars: [Unicode.Scalar], range: Range<Int>, source: String,
                        in env: ExpressionEnvironment, expecting: ExprType?) -> CompileResult {
        var lexer = Lexer(scalars: scalars, range: range)
        var parser = Parser(tokens: lexer.tokenize())
        let parsed: Expr
        do {
            parsed = try parser.parseWhole()
        } catch {
            return CompileResult(expression: nil, type: nil, diagnostics: lexer.diagnostics + [error.diagnostic])
        }
        guard lexer.diagnostics.isEmpty else {
            return CompileResult(expression: nil, type: nil, diagnostics: lexer.diagnostics)
        }
        var checker = TypeChecker(environment: env)
        let typed = checker.check(parsed)
        var diagnostics = checker.diagnostics
        if let expecting, !diagnostics.contains(where: { $0.severity == .error }),
           !typed.type.isAssignable(to: expecting) {
            let hint = typed.type.nonOptional == .string && expecting.isNumeric
                ? "convert with to_decimal(…)"
                : (expecting.nonOptional == .string ? "convert with to_string(…)" : nil)
            diagnostics.append(ExpressionDiagnostic(
                .resultType, "expected \(expecting), but the expression is \(typed.type)", at: typed.range,
                suggestion: hint))
        }
        return finish(typed, slotCount: checker.slotCount, diagnostics: diagnostics, source: source)
    }

    private static func finish(_ typed: TypedExpr, slotCount: Int, diagnostics: [ExpressionDiagnostic],
                               source: String) -> CompileResult {
        let sorted = diagnostics.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
        guard !sorted.contains(where: { $0.severity == .error }) else {
            return CompileResult(expression: nil, type: typed.type, diagnostics: sorted)
        }
        let compiled = CompiledExpression(evaluator: Compiler.compile(typed), slotCount: slotCount, source: source)
        return CompileResult(expression: compiled, type: typed.type, diagnostics: sorted)
    }
}

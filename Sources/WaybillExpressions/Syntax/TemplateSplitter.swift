/// Splits template text into literal pieces and `${…}` expression ranges.
enum TemplateSplitter {
    enum Piece {
        case text(String, Range<Int>)
        case expression(Range<Int>)
    }

    static func split(_ scalars: [Unicode.Scalar], diagnostics: inout [ExpressionDiagnostic]) -> [Piece] {
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var literalStart = 0
        var i = 0
        func flush(_ end: Int) {
            if !literal.isEmpty { pieces.append(.text(String(literal), literalStart..<end)) }
            literal = String.UnicodeScalarView()
        }
        while i < scalars.count {
            if scalars[i] == "$", i + 2 < scalars.count, scalars[i + 1] == "$", scalars[i + 2] == "{" {
                literal.append("$")
                literal.append("{")
                i += 3
                continue
            }
            guard scalars[i] == "$", i + 1 < scalars.count, scalars[i + 1] == "{" else {
                literal.append(scalars[i])
                i += 1
                continue
            }
            flush(i)
            guard let close = closingBrace(scalars, from: i + 2) else {
                diagnostics.append(ExpressionDiagnostic(.unterminatedInterpolation, "`${` has no closing `}`",
                                                        at: i..<scalars.count, suggestion: "add `}`, or write `$${` for a literal `${`"))
                return pieces
            }
            pieces.append(.expression(i + 2..<close))
            i = close + 1
            literalStart = i
        }
        flush(scalars.count)
        return pieces
    }

    /// The index of the `}` closing an interpolation, skipping nested braces and quoted strings.
    private static func closingBrace(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var quote: Unicode.Scalar?
        var i = start
        while i < scalars.count {
            let s = scalars[i]
            if let q = quote {
                if s == "\\" { i += 1 } else if s == q { quote = nil }
            } else if s == "'" || s == "\"" {
                quote = s
            } else if s == "{" {
                depth += 1
            } else if s == "}" {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return nil
    }
}

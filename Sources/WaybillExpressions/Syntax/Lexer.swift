/// Splits expression text into tokens. Errors become diagnostics; the lexer never stops early.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position: Int
    private let end: Int
    private(set) var diagnostics: [ExpressionDiagnostic] = []

    private static let twoCharacterSymbols: Set<String> = ["=>", "==", "!=", "<=", ">=", "&&", "||", "??"]
    private static let oneCharacterSymbols: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ".", ":", "?", "!", "+", "-", "*", "/", "%", "<", ">", "=",
    ]

    /// Lexes `scalars[range]`; token ranges are offsets into the whole `scalars` array.
    init(scalars: [Unicode.Scalar], range: Range<Int>) {
        self.scalars = scalars
        self.position = range.lowerBound
        self.end = range.upperBound
    }

    /// All tokens, ending with `.end`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while let token = next() { tokens.append(token) }
        tokens.append(Token(kind: .end, range: end..<end))
        return tokens
    }

    private mutating func next() -> Token? {
        while true {
            while position < end, scalars[position].properties.isWhitespace { position += 1 }
            guard position < end else { return nil }
            if let token = token(at: position) { return token }
        }
    }

    /// The token starting at `start`, or `nil` after reporting a character that starts none.
    private mutating func token(at start: Int) -> Token? {
        let scalar = scalars[start]
        if isIdentifierStart(scalar) {
            while position < end, isIdentifierContinue(scalars[position]) { position += 1 }
            return Token(kind: .identifier(text(start..<position)), range: start..<position)
        }
        if isDigit(scalar) { return number() }
        if scalar == "'" || scalar == "\"" { return string(quote: scalar) }
        if position + 1 < end {
            let pair = text(position..<position + 2)
            if Lexer.twoCharacterSymbols.contains(pair) {
                position += 2
                return Token(kind: .symbol(pair), range: start..<position)
            }
        }
        position += 1
        if Lexer.oneCharacterSymbols.contains(scalar) {
            return Token(kind: .symbol(String(scalar)), range: start..<position)
        }
        diagnostics.append(ExpressionDiagnostic(.unexpectedCharacter, "unexpected character `\(scalar)`",
                                                at: start..<position))
        return nil
    }

    private mutating func number() -> Token {
        let start = position
        while position < end, isDigit(scalars[position]) { position += 1 }
        var isDecimal = false
        if position + 1 < end, scalars[position] == ".", isDigit(scalars[position + 1]) {
            isDecimal = true
            position += 1
            while position < end, isDigit(scalars[position]) { position += 1 }
        }
        while position < end, isIdentifierContinue(scalars[position]) || scalars[position] == "." {
            if scalars[position] == ".", position + 1 < end, !isDigit(scalars[position + 1]) { break }
            position += 1
        }
        let literal = text(start..<position)
        let range = start..<position
        if isDecimal, let value = DecimalValue(text: literal) { return Token(kind: .decimal(value), range: range) }
        if !isDecimal, let value = Int(literal) { return Token(kind: .int(value), range: range) }
        diagnostics.append(ExpressionDiagnostic(.invalidNumber, "invalid number `\(literal)`", at: range,
                                                suggestion: "integers are limited to 64 bits; decimals are written `12.50`"))
        return Token(kind: .int(0), range: range)
    }

    private mutating func string(quote: Unicode.Scalar) -> Token {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while position < end, scalars[position] != quote {
            if scalars[position] == "\\", position + 1 < end {
                let escapeStart = position
                position += 1
                switch scalars[position] {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "\\", "'", "\"", "$": value.append(scalars[position])
                default:
                    diagnostics.append(ExpressionDiagnostic(
                        .invalidEscape, "unknown escape `\\\(scalars[position])`", at: escapeStart..<position + 1,
                        suggestion: "escapes are \\n \\t \\r \\\\ \\' \\\" and \\$"))
                }
                position += 1
                continue
            }
            value.append(scalars[position])
            position += 1
        }
        guard position < end else {
            diagnostics.append(ExpressionDiagnostic(.unterminatedString, "string has no closing \(quote)",
                                                    at: start..<end, suggestion: "add \(quote) at the end"))
            return Token(kind: .string(String(value)), range: start..<end)
        }
        position += 1
        return Token(kind: .string(String(value)), range: start..<position)
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    private func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s == "$" || s.properties.isAlphabetic
    }

    private func isIdentifierContinue(_ s: Unicode.Scalar) -> Bool {
        isIdentifierStart(s) || isDigit(s)
    }
}

/// A lexical token with its span (Unicode scalar offsets).
struct Token: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case int(Int)
        case decimal(DecimalValue)
        case string(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var range: Range<Int>

    func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }

    /// How the token reads in "expected …, found …" messages.
    var display: String {
        switch kind {
        case .identifier(let name): return "`\(name)`"
        case .int(let value): return "`\(value)`"
        case .decimal(let value): return "`\(value)`"
        case .string: return "a string"
        case .symbol(let text): return "`\(text)`"
        case .end: return "the end of the expression"
        }
    }
}

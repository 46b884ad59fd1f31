extension FunctionDefinition {
    /// `is_empty(value)`: null, "", [] or {}.
    static let isEmpty = FunctionDefinition(
        name: "is_empty", summary: "Whether the value is null, an empty (or blank) text, an empty list or an empty object.",
        parameters: [FunctionParameter("value", .any)], returns: .bool,
        examples: [
            FunctionExample("is_empty('  ')", .bool(true)),
            FunctionExample("is_empty([])", .bool(true)),
            FunctionExample("is_empty(null)", .bool(true)),
            FunctionExample("is_empty(0)", .bool(false)),
        ],
        implementation: .pure { args in
            switch args[0] {
            case .null: return .bool(true)
            case .string(let text): return .bool(text.allSatisfy(\.isWhitespace))
            case .list(let items): return .bool(items.isEmpty)
            case .object(let fields): return .bool(fields.isEmpty)
            default: return .bool(false)
            }
        })
}

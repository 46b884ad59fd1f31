extension FunctionDefinition {
    /// `len(value)`: number of characters, elements or fields.
    static let len = FunctionDefinition(
        name: "len", summary: "The number of characters (grapheme clusters) of a text, elements of a list or fields of an object.",
        parameters: [FunctionParameter("value", .any)],
        examples: [
            FunctionExample("len('héllo')", .int(5)),
            FunctionExample("len([1, 2, 3])", .int(3)),
            FunctionExample("len({a: 1})", .int(1)),
            FunctionExample("len(first([]))", fails: .nullValue),
        ],
        typing: LengthTyping.check,
        implementation: .pure(LengthTyping.evaluate))
}

/// Shared typing and body of `len` and `length`.
enum LengthTyping {
    static let check: @Sendable ([ExprType]) -> FunctionTyping = { types in
        switch types[0].nonOptional {
        case .string, .list, .object, .any: return .type(.int)
        default: return .badArgument(0, "needs a string, list or object, not \(types[0])")
        }
    }

    static let evaluate: @Sendable (FunctionArguments) throws -> Value = { args in
        switch try args.present(0) {
        case .string(let text): return .int(text.count)
        case .list(let items): return .int(items.count)
        case .object(let fields): return .int(fields.count)
        default: throw args.error(.typeMismatch, "needs a string, list or object, got \(args[0].kindName)")
        }
    }
}

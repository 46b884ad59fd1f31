extension FunctionDefinition {
    /// `starts_with(text, prefix)`.
    static let startsWith = FunctionDefinition(
        name: "starts_with", summary: "Whether the text begins with the prefix.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("prefix", .string)], returns: .bool,
        examples: [
            FunctionExample("starts_with('WH/OUT/0001', 'WH/OUT')", .bool(true)),
            FunctionExample("starts_with('abc', 'b')", .bool(false)),
        ],
        implementation: .pure { args in .bool(try args.string(0).hasPrefix(try args.string(1))) })
}

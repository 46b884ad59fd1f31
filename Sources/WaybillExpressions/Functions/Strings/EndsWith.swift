extension FunctionDefinition {
    /// `ends_with(text, suffix)`.
    static let endsWith = FunctionDefinition(
        name: "ends_with", summary: "Whether the text ends with the suffix.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("suffix", .string)], returns: .bool,
        examples: [
            FunctionExample("ends_with('invoice.pdf', '.pdf')", .bool(true)),
            FunctionExample("ends_with('abc', 'b')", .bool(false)),
        ],
        implementation: .pure { args in .bool(try args.string(0).hasSuffix(try args.string(1))) })
}

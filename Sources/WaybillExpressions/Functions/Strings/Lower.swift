extension FunctionDefinition {
    /// `lower(text)`: the text in lower case.
    static let lower = FunctionDefinition(
        name: "lower", summary: "The text in lower case (Unicode-aware).",
        parameters: [FunctionParameter("text", .string)], returns: .string,
        examples: [
            FunctionExample("lower('ACME Corp')", .string("acme corp")),
            FunctionExample("lower('ÉTÉ')", .string("été")),
            FunctionExample("lower(first([]))", fails: .nullValue),
        ],
        implementation: .pure { args in .string(try args.string(0).lowercased()) })
}

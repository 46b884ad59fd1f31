extension FunctionDefinition {
    /// `upper(text)`: the text in upper case.
    static let upper = FunctionDefinition(
        name: "upper", summary: "The text in upper case (Unicode-aware).",
        parameters: [FunctionParameter("text", .string)], returns: .string,
        examples: [
            FunctionExample("upper('sku-12a')", .string("SKU-12A")),
            FunctionExample("upper('straße')", .string("STRASSE")),
        ],
        implementation: .pure { args in .string(try args.string(0).uppercased()) })
}

extension FunctionDefinition {
    /// `ceil(number, scale = 0)`: rounded toward positive infinity.
    static let ceil = FunctionDefinition(
        name: "ceil", summary: "Rounds toward positive infinity, to `scale` decimal places (default 0).",
        parameters: [FunctionParameter("number", .decimal), FunctionParameter("scale", .int, optional: true)],
        examples: [
            FunctionExample("ceil(2.1)", dec("3")),
            FunctionExample("ceil(-2.7)", dec("-2")),
            FunctionExample("ceil(0.001, 2)", dec("0.01")),
        ],
        typing: { types in .type(types[0].nonOptional) },
        implementation: .pure { args in try Rounding.round(args, mode: .ceiling) })
}

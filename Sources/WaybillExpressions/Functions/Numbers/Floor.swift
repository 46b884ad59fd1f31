extension FunctionDefinition {
    /// `floor(number, scale = 0)`: rounded toward negative infinity.
    static let floor = FunctionDefinition(
        name: "floor", summary: "Rounds toward negative infinity, to `scale` decimal places (default 0).",
        parameters: [FunctionParameter("number", .decimal), FunctionParameter("scale", .int, optional: true)],
        examples: [
            FunctionExample("floor(2.7)", dec("2")),
            FunctionExample("floor(-2.1)", dec("-3")),
            FunctionExample("floor(2.789, 2)", dec("2.78")),
        ],
        typing: { types in .type(types[0].nonOptional) },
        implementation: .pure { args in try Rounding.round(args, mode: .floor) })
}

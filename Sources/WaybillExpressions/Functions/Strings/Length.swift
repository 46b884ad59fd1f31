extension FunctionDefinition {
    /// `length(value)`: the same as `len`.
    static let length = FunctionDefinition(
        name: "length", summary: "The same as `len`.",
        parameters: [FunctionParameter("value", .any)],
        examples: [FunctionExample("length('abc')", .int(3)), FunctionExample("length([])", .int(0))],
        typing: LengthTyping.check,
        implementation: .pure(LengthTyping.evaluate))
}

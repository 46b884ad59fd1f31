extension FunctionDefinition {
    /// `is_null(value)`.
    static let isNull = FunctionDefinition(
        name: "is_null", summary: "Whether the value is null.",
        parameters: [FunctionParameter("value", .any)], returns: .bool,
        examples: [FunctionExample("is_null(null)", .bool(true)), FunctionExample("is_null('')", .bool(false))],
        implementation: .pure { args in .bool(args[0].isNull) })
}

extension FunctionDefinition {
    /// `max(list)` or `max(a, b, …)`: the largest value.
    static let max = FunctionDefinition(
        name: "max", summary: "The largest element of a list (null when empty), or the largest of several arguments.",
        parameters: [FunctionParameter("values", .any)], isVariadic: true,
        examples: [
            FunctionExample("max([3, 1.5, 2])", .int(3)),
            FunctionExample("max(0, -5)", .int(0)),
            FunctionExample("max([])", .null),
        ],
        typing: Extremum.typing,
        implementation: .pure { args in try Extremum.pick(args, wantLarger: true) })
}

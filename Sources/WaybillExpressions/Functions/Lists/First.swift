extension FunctionDefinition {
    /// `first(list)`: the first element, or null.
    static let first = FunctionDefinition(
        name: "first", summary: "The first element, or null for an empty list.",
        parameters: [FunctionParameter("list", .list(.any))],
        examples: [FunctionExample("first(['a', 'b'])", .string("a")), FunctionExample("first([])", .null)],
        typing: { types in .type(Typing.element(types[0]).optional) },
        implementation: .pure { args in try args.list(0).first ?? .null })
}

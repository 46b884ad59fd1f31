extension FunctionDefinition {
    /// `last(list)`: the last element, or null.
    static let last = FunctionDefinition(
        name: "last", summary: "The last element, or null for an empty list.",
        parameters: [FunctionParameter("list", .list(.any))],
        examples: [FunctionExample("last(['a', 'b'])", .string("b")), FunctionExample("last([])", .null)],
        typing: { types in .type(Typing.element(types[0]).optional) },
        implementation: .pure { args in try args.list(0).last ?? .null })
}

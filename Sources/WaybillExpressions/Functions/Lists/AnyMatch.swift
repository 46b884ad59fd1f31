extension FunctionDefinition {
    /// `any(list, x => condition)`: whether the lambda is true for some element.
    static let any = FunctionDefinition(
        name: "any", summary: "Whether the lambda returns true for at least one element (false for an empty list).",
        parameters: [FunctionParameter("list", .list(.any)),
                     FunctionParameter(lambda: "test", returning: .bool, parameterTypes: Typing.elementOfFirst)],
        returns: .bool,
        examples: [
            FunctionExample("any([1, 2], x => x > 1)", .bool(true)),
            FunctionExample("any([], x => true)", .bool(false)),
        ],
        implementation: .higherOrder { args, call in
            .bool(try args.list(0).contains { try Compiler.truth(try call(1, [$0]), "any") })
        })
}

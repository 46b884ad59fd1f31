extension FunctionDefinition {
    /// `all(list, x => condition)`: whether the lambda is true for every element.
    static let all = FunctionDefinition(
        name: "all", summary: "Whether the lambda returns true for every element (true for an empty list).",
        parameters: [FunctionParameter("list", .list(.any)),
                     FunctionParameter(lambda: "test", returning: .bool, parameterTypes: Typing.elementOfFirst)],
        returns: .bool,
        examples: [
            FunctionExample("all([1, 2], x => x > 1)", .bool(false)),
            FunctionExample("all([], x => false)", .bool(true)),
        ],
        implementation: .higherOrder { args, call in
            .bool(try args.list(0).allSatisfy { try Compiler.truth(try call(1, [$0]), "all") })
        })
}

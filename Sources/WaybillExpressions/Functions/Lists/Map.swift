extension FunctionDefinition {
    /// `map(list, x => expr)`: the lambda applied to each element.
    static let map = FunctionDefinition(
        name: "map", summary: "The list of the lambda's results for each element.",
        parameters: [FunctionParameter("list", .list(.any)),
                     FunctionParameter(lambda: "transform", returning: .any, parameterTypes: Typing.elementOfFirst)],
        examples: [
            FunctionExample("map([1, 2], x => x * 10)", .list([.int(10), .int(20)])),
            FunctionExample("map([{n: 'a'}, {n: 'b'}], s => s.n)", .list([.string("a"), .string("b")])),
        ],
        typing: { types in .type(.list(types[1])) },
        implementation: .higherOrder { args, call in
            .list(try args.list(0).map { try call(1, [$0]) })
        })
}

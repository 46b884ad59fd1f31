extension FunctionDefinition {
    /// `filter(list, x => condition)`: the elements for which the lambda is true.
    static let filter = FunctionDefinition(
        name: "filter", summary: "The elements for which the lambda returns true.",
        parameters: [FunctionParameter("list", .list(.any)),
                     FunctionParameter(lambda: "keep", returning: .bool, parameterTypes: Typing.elementOfFirst)],
        examples: [
            FunctionExample("filter([1, 5, 10], x => x >= 5)", .list([.int(5), .int(10)])),
            FunctionExample("filter([{v: true}, {v: false}], s => !s.v)", .list([.object(["v": .bool(false)])])),
        ],
        typing: { types in .type(.list(Typing.element(types[0]))) },
        implementation: .higherOrder { args, call in
            .list(try args.list(0).filter { try Compiler.truth(try call(1, [$0]), "filter") })
        })
}

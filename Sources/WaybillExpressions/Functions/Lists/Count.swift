extension FunctionDefinition {
    /// `count(list, predicate?)`: number of elements (matching the predicate).
    static let count = FunctionDefinition(
        name: "count", summary: "The number of elements, or of elements for which the lambda returns true.",
        parameters: [FunctionParameter("list", .list(.any)),
                     FunctionParameter(lambda: "predicate", returning: .bool, optional: true,
                                       parameterTypes: Typing.elementOfFirst)],
        returns: .int,
        examples: [
            FunctionExample("count([1, 2, 3])", .int(3)),
            FunctionExample("count([1, 2, 3], x => x > 1)", .int(2)),
        ],
        implementation: .higherOrder { args, call in
            let items = try args.list(0)
            guard args.has(1) else { return .int(items.count) }
            var matching = 0
            for item in items where try Compiler.truth(try call(1, [item]), "count") { matching += 1 }
            return .int(matching)
        })
}

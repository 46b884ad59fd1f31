extension FunctionDefinition {
    /// `distinct(list)`: the elements without repeats, first occurrence kept.
    static let distinct = FunctionDefinition(
        name: "distinct", summary: "The elements without repeats, in order of first occurrence.",
        parameters: [FunctionParameter("list", .list(.any))],
        examples: [
            FunctionExample("distinct(['a', 'b', 'a'])", .list([.string("a"), .string("b")])),
            FunctionExample("distinct([1.50, 1.5])", .list([dec("1.5")])),
        ],
        typing: { types in .type(.list(Typing.element(types[0]))) },
        implementation: .pure { args in
            var seen = Set<Value>()
            return .list(try args.list(0).filter { seen.insert($0).inserted })
        })
}

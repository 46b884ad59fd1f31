extension FunctionDefinition {
    /// `join(list, separator = '')`: the text forms of the elements, joined.
    static let join = FunctionDefinition(
        name: "join", summary: "Joins the text forms of the list's elements with the separator (default none); null elements are skipped.",
        parameters: [FunctionParameter("list", .list(.any)), FunctionParameter("separator", .string, optional: true)],
        returns: .string,
        examples: [
            FunctionExample("join(['1Z999', '1Z998'], ',')", .string("1Z999,1Z998")),
            FunctionExample("join([1, null, 2], ', ')", .string("1, 2")),
            FunctionExample("join([], ',')", .string("")),
        ],
        implementation: .pure { args in
            let separator = try args.string(1, default: "")
            return .string(try args.list(0).compactMap(\.text).joined(separator: separator))
        })
}

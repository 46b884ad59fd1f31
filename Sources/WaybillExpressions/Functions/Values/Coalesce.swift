extension FunctionDefinition {
    /// `coalesce(a, b, …)`: the first non-null argument.
    static let coalesce = FunctionDefinition(
        name: "coalesce", summary: "The first argument that is not null (null when all are).",
        parameters: [FunctionParameter("value", .any), FunctionParameter("fallback", .any)], isVariadic: true,
        examples: [
            FunctionExample("coalesce(null, 'b', 'c')", .string("b")),
            FunctionExample("coalesce(null, null)", .null),
        ],
        typing: { types in
            var joined = types[0]
            for (index, type) in types.enumerated().dropFirst() {
                guard let next = joined.nonOptional.joined(with: type) else {
                    return .badArgument(index, "mixes \(joined) and \(type)")
                }
                joined = next
            }
            return .type(types.last?.isNullable == true ? joined : joined.nonOptional)
        },
        implementation: .pure { args in args.values.first { !$0.isNull } ?? .null })
}

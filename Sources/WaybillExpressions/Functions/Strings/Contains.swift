extension FunctionDefinition {
    /// `contains(haystack, needle)`: substring or list membership.
    static let contains = FunctionDefinition(
        name: "contains", summary: "Whether the text contains the substring, or the list contains the value (same as `needle in haystack`).",
        parameters: [FunctionParameter("haystack", .any), FunctionParameter("needle", .any)],
        examples: [
            FunctionExample("contains('express mail', 'mail')", .bool(true)),
            FunctionExample("contains([1, 2, 3], 2.0)", .bool(true)),
            FunctionExample("contains(['a'], 'b')", .bool(false)),
        ],
        typing: { types in
            switch types[0].nonOptional {
            case .string:
                return types[1].isAssignable(to: .string) ? .type(.bool) : .badArgument(1, "needs a string to find in a string")
            case .list, .any: return .type(.bool)
            default: return .badArgument(0, "needs a string or a list, not \(types[0])")
            }
        },
        implementation: .pure { args in .bool(try RuntimeOperators.contains(try args.present(0), try args.present(1))) })
}

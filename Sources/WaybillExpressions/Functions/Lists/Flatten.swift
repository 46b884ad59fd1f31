extension FunctionDefinition {
    /// `flatten(lists)`: the elements of a list of lists, in order, as one list.
    static let flatten = FunctionDefinition(
        name: "flatten",
        summary: "The elements of a list of lists as one list, in order; a null inner list counts as empty.",
        parameters: [FunctionParameter("lists", .list(.list(.any)))],
        examples: [
            FunctionExample("flatten([[1, 2], [3]])", .list([.int(1), .int(2), .int(3)])),
            FunctionExample("flatten([[], ['a']])", .list([.string("a")])),
            FunctionExample("flatten([[1], null])", .list([.int(1)])),
            FunctionExample("flatten([])", .list([])),
        ],
        typing: { types in
            let inner = Typing.element(types[0]).nonOptional
            switch inner {
            case .list(let element): return .type(.list(element))
            case .any: return .type(.list(.any))
            default: return .badArgument(0, "flatten takes a list of lists, not a list of \(inner)")
            }
        },
        implementation: .pure { args in
            var flat: [Value] = []
            for item in try args.list(0) {
                switch item {
                case .null: continue
                case .list(let inner): flat.append(contentsOf: inner)
                default: throw args.error(.typeMismatch, "flatten: an element is a \(item.kindName), not a list")
                }
            }
            return .list(flat)
        })
}

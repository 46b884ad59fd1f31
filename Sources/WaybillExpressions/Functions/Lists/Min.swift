extension FunctionDefinition {
    /// `min(list)` or `min(a, b, …)`: the smallest value.
    static let min = FunctionDefinition(
        name: "min", summary: "The smallest element of a list (null when empty), or the smallest of several arguments. Numbers, strings, dates and times.",
        parameters: [FunctionParameter("values", .any)], isVariadic: true,
        examples: [
            FunctionExample("min([3, 1.5, 2])", dec("1.5")),
            FunctionExample("min(4, 2)", .int(2)),
            FunctionExample("min([])", .null),
            FunctionExample("min(['b', 'a'])", .string("a")),
        ],
        typing: Extremum.typing,
        implementation: .pure { args in try Extremum.pick(args, wantLarger: false) })
}

/// Shared typing and body of `min` and `max`.
enum Extremum {
    static let typing: @Sendable ([ExprType]) -> FunctionTyping = { types in
        let candidates = types.count == 1 ? [Typing.element(types[0])] : types
        if types.count == 1, case .list = types[0].nonOptional {} else if types.count == 1, types[0] != .any {
            return .badArgument(0, "needs a list, or two or more values")
        }
        var joined = candidates[0]
        for (index, type) in candidates.enumerated().dropFirst() {
            guard let next = joined.joined(with: type), next.orderingFamily != nil else {
                return .badArgument(index, "cannot order \(joined) and \(type)")
            }
            joined = next
        }
        guard joined.orderingFamily != nil else { return .badArgument(0, "cannot order values of type \(joined)") }
        return .type(types.count == 1 ? joined.optional : joined)
    }

    static func pick(_ args: FunctionArguments, wantLarger: Bool) throws -> Value {
        let values = args.count == 1 ? try args.list(0) : args.values
        var best: Value?
        for value in values {
            if value.isNull { throw args.error(.nullValue, "cannot compare null") }
            guard let current = best else { best = value; continue }
            let order = try RuntimeOperators.compare(value, current)
            if wantLarger ? order == .orderedDescending : order == .orderedAscending { best = value }
        }
        return best ?? .null
    }
}

extension FunctionDefinition {
    /// `abs(number)`: the magnitude.
    static let abs = FunctionDefinition(
        name: "abs", summary: "The absolute value.",
        parameters: [FunctionParameter("number", .decimal)],
        examples: [
            FunctionExample("abs(-12.50)", dec("12.5")),
            FunctionExample("abs(3)", .int(3)),
        ],
        typing: { types in .type(types[0].nonOptional) },
        implementation: .pure { args in
            switch try args.present(0) {
            case .int(let value):
                guard value != Int.min else { throw args.error(.overflow, "integer overflow") }
                return .int(Swift.abs(value))
            default:
                return .decimal(try args.decimal(0).magnitude)
            }
        })
}

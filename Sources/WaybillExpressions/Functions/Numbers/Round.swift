extension FunctionDefinition {
    /// `round(number, scale = 0, mode = 'half_up')`.
    static let round = FunctionDefinition(
        name: "round",
        summary: "Rounds to `scale` decimal places. Modes: 'half_up' (default; ties away from zero, like Odoo's currency rounding), 'half_even' (banker's), 'floor', 'ceiling', 'toward_zero'.",
        parameters: [FunctionParameter("number", .decimal), FunctionParameter("scale", .int, optional: true),
                     FunctionParameter("mode", .string, optional: true)],
        examples: [
            FunctionExample("round(2.345, 2)", dec("2.35")),
            FunctionExample("round(2.345, 2, 'half_even')", dec("2.34")),
            FunctionExample("round(2.5)", dec("3")),
            FunctionExample("round(-2.5)", dec("-3")),
            FunctionExample("round(2.5, 0, 'half_even')", dec("2")),
            FunctionExample("round(3.5, 0, 'half_even')", dec("4")),
            FunctionExample("round(1234.5, -2)", dec("1200")),
            FunctionExample("round(7)", .int(7)),
        ],
        typing: { types in .type(types[0].nonOptional) },
        checkConstant: { index, value in
            guard index == 2, case .string(let mode) = value,
                  DecimalValue.RoundingMode(rawValue: mode) == nil else { return nil }
            let names = DecimalValue.RoundingMode.allCases.map(\.rawValue)
            return ConstantProblem("unknown rounding mode '\(mode)' (one of \(names.joined(separator: ", ")))",
                                   suggestion: Suggestions.didYouMean(mode, in: names))
        },
        implementation: .pure { args in
            let modeName = try args.string(2, default: "half_up")
            guard let mode = DecimalValue.RoundingMode(rawValue: modeName) else {
                throw args.error(.invalidValue, "unknown rounding mode '\(modeName)'")
            }
            return try Rounding.round(args, mode: mode)
        })
}

/// Shared body of `round`, `floor` and `ceil`.
enum Rounding {
    static func round(_ args: FunctionArguments, mode: DecimalValue.RoundingMode) throws -> Value {
        let scale = args[1].isNull ? 0 : try args.int(1)
        if case .int(let value) = try args.present(0), scale >= 0 { return .int(value) }
        let rounded = try args.decimal(0).rounded(scale: scale, mode: mode)
        if case .int = args[0], let exact = rounded.exactInt { return .int(exact) }
        return .decimal(rounded)
    }
}

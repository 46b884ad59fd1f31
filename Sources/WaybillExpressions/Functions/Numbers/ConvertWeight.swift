extension FunctionDefinition {
    /// `convert_weight(value, from, to)` between kg, g, lb and oz with exact factors.
    static let convertWeight = FunctionDefinition(
        name: "convert_weight",
        summary: "Converts a weight between 'kg', 'g', 'lb' and 'oz' with exact factors (1 lb = 0.45359237 kg, 1 oz = 1/16 lb). Round the result as the target needs.",
        parameters: [FunctionParameter("value", .decimal), FunctionParameter("from", .string),
                     FunctionParameter("to", .string)],
        returns: .decimal,
        examples: [
            FunctionExample("convert_weight(1, 'lb', 'kg')", dec("0.45359237")),
            FunctionExample("convert_weight(1, 'lb', 'oz')", dec("16")),
            FunctionExample("convert_weight(2, 'oz', 'g')", dec("56.69904625")),
            FunctionExample("convert_weight(1500, 'g', 'kg')", dec("1.5")),
            FunctionExample("round(convert_weight(1, 'kg', 'oz'), 4)", dec("35.2740")),
            FunctionExample("convert_weight(1, 'kg', to_string('stone'))", fails: .invalidValue),
        ],
        checkConstant: { index, value in
            guard index > 0, case .string(let unit) = value, WeightUnits.kilograms[unit] == nil else { return nil }
            return ConstantProblem("unknown weight unit '\(unit)' (one of kg, g, lb, oz)",
                                   suggestion: Suggestions.didYouMean(unit, in: WeightUnits.kilograms.keys))
        },
        implementation: .pure { args in
            let value = try args.decimal(0)
            let from = try args.string(1), to = try args.string(2)
            guard let fromFactor = WeightUnits.kilograms[from], let toFactor = WeightUnits.kilograms[to] else {
                throw args.error(.invalidValue, "unknown weight unit '\(WeightUnits.kilograms[from] == nil ? from : to)'")
            }
            return .decimal(value * fromFactor / toFactor)
        })
}

/// Exact kilogram factors of the weight units.
enum WeightUnits {
    static let kilograms: [String: DecimalValue] = [
        "kg": DecimalValue(1),
        "g": DecimalValue(significand: 1, exponent: -3),
        "lb": DecimalValue(significand: 45_359_237, exponent: -8),
        "oz": DecimalValue(significand: 28_349_523_125, exponent: -12),
    ]
}

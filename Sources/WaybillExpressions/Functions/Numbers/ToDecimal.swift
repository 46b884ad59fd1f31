import Foundation

extension FunctionDefinition {
    /// `to_decimal(value)`: an exact decimal from a number or text.
    static let toDecimal = FunctionDefinition(
        name: "to_decimal", summary: "An exact decimal from an int, a decimal or a text such as '12.50' (no exponent, no grouping).",
        parameters: [FunctionParameter("value", .any)], returns: .decimal,
        examples: [
            FunctionExample("to_decimal('12.50')", dec("12.5")),
            FunctionExample("to_decimal(3)", dec("3")),
            FunctionExample("to_decimal('0.1') + to_decimal('0.2')", dec("0.3")),
            FunctionExample("to_decimal('1,5')", fails: .invalidValue),
        ],
        implementation: .pure { args in
            switch try args.present(0) {
            case .int(let value): return .decimal(DecimalValue(value))
            case .decimal(let value): return .decimal(value)
            case .string(let text):
                guard let parsed = DecimalValue(text: text.trimmingCharacters(in: .whitespaces)) else {
                    throw args.error(.invalidValue, "'\(text)' is not a decimal number")
                }
                return .decimal(parsed)
            default: throw args.error(.typeMismatch, "cannot convert \(args[0].kindName) to decimal")
            }
        })
}

import Foundation

extension FunctionDefinition {
    /// `to_int(value)`: an integer from a number or text.
    static let toInt = FunctionDefinition(
        name: "to_int", summary: "An int from an int, a decimal (truncated toward zero) or a text holding a number.",
        parameters: [FunctionParameter("value", .any)], returns: .int,
        examples: [
            FunctionExample("to_int('42')", .int(42)),
            FunctionExample("to_int(' 7 ')", .int(7)),
            FunctionExample("to_int(-3.9)", .int(-3)),
            FunctionExample("to_int('12.9')", .int(12)),
            FunctionExample("to_int('abc')", fails: .invalidValue),
        ],
        implementation: .pure { args in
            let number: DecimalValue
            switch try args.present(0) {
            case .int(let value): return .int(value)
            case .decimal(let value): number = value
            case .string(let text):
                guard let parsed = DecimalValue(text: text.trimmingCharacters(in: .whitespaces)) else {
                    throw args.error(.invalidValue, "'\(text)' is not a number")
                }
                number = parsed
            default: throw args.error(.typeMismatch, "cannot convert \(args[0].kindName) to int")
            }
            guard let exact = number.rounded(scale: 0, mode: .towardZero).exactInt else {
                throw args.error(.overflow, "\(number) does not fit an int")
            }
            return .int(exact)
        })
}

import Foundation

extension FunctionDefinition {
    /// `trim(text)`: the text without leading and trailing white space.
    static let trim = FunctionDefinition(
        name: "trim", summary: "The text without leading and trailing white space and line breaks.",
        parameters: [FunctionParameter("text", .string)], returns: .string,
        examples: [
            FunctionExample("trim('  12 Main St \\n')", .string("12 Main St")),
            FunctionExample("trim('')", .string("")),
        ],
        implementation: .pure { args in
            .string(try args.string(0).trimmingCharacters(in: .whitespacesAndNewlines))
        })
}

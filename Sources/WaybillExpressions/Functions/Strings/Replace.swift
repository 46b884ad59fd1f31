import Foundation

extension FunctionDefinition {
    /// `replace(text, find, with)`: every occurrence of `find` replaced.
    static let replace = FunctionDefinition(
        name: "replace", summary: "The text with every occurrence of `find` replaced by `with` (plain text, not a pattern).",
        parameters: [FunctionParameter("text", .string), FunctionParameter("find", .string),
                     FunctionParameter("with", .string)],
        returns: .string,
        examples: [
            FunctionExample("replace('555-123-4567', '-', '')", .string("5551234567")),
            FunctionExample("replace('a.b.c', '.', '/')", .string("a/b/c")),
        ],
        implementation: .pure { args in
            let find = try args.string(1)
            guard !find.isEmpty else { throw args.error(.invalidValue, "the text to find is empty") }
            return .string(try args.string(0).replacingOccurrences(of: find, with: try args.string(2)))
        })
}

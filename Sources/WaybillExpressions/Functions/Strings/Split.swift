import Foundation

extension FunctionDefinition {
    /// `split(text, separator)`: the pieces of the text between separators.
    static let split = FunctionDefinition(
        name: "split", summary: "The pieces of the text between occurrences of the separator (empty pieces kept).",
        parameters: [FunctionParameter("text", .string), FunctionParameter("separator", .string)],
        returns: .list(.string),
        examples: [
            FunctionExample("split('a,b,,c', ',')", .list([.string("a"), .string("b"), .string(""), .string("c")])),
            FunctionExample("split('', ',')", .list([.string("")])),
            FunctionExample("split('abc', '')", fails: .invalidValue),
        ],
        implementation: .pure { args in
            let separator = try args.string(1)
            guard !separator.isEmpty else { throw args.error(.invalidValue, "the separator is empty") }
            return .list(try args.string(0).components(separatedBy: separator).map(Value.string))
        })
}

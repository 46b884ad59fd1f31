extension FunctionDefinition {
    /// `pad_left(text, width, fill = ' ')`: the text right-aligned in `width` characters.
    static let padLeft = FunctionDefinition(
        name: "pad_left", summary: "Prepends `fill` (default a space) until the text is `width` characters long; longer text is unchanged.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("width", .int),
                     FunctionParameter("fill", .string, optional: true)],
        returns: .string,
        examples: [
            FunctionExample("pad_left('42', 6, '0')", .string("000042")),
            FunctionExample("pad_left('abc', 5)", .string("  abc")),
            FunctionExample("pad_left('toolong', 3, '0')", .string("toolong")),
        ],
        implementation: .pure { args in .string(try Padding.pad(args, left: true)) })
}

/// Shared body of `pad_left` and `pad_right`.
enum Padding {
    static func pad(_ args: FunctionArguments, left: Bool) throws -> String {
        let text = try args.string(0)
        let width = try args.int(1)
        let fill = try args.string(2, default: " ")
        guard fill.count == 1 else { throw args.error(.invalidValue, "the fill must be one character, got '\(fill)'") }
        guard width > text.count else { return text }
        let padding = String(repeating: fill, count: min(width, 100_000) - text.count)
        return left ? padding + text : text + padding
    }
}

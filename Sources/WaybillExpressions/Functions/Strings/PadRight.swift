extension FunctionDefinition {
    /// `pad_right(text, width, fill = ' ')`: the text left-aligned in `width` characters.
    static let padRight = FunctionDefinition(
        name: "pad_right", summary: "Appends `fill` (default a space) until the text is `width` characters long; longer text is unchanged.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("width", .int),
                     FunctionParameter("fill", .string, optional: true)],
        returns: .string,
        examples: [
            FunctionExample("pad_right('ab', 4, '.')", .string("ab..")),
            FunctionExample("pad_right('ab', 3)", .string("ab ")),
            FunctionExample("pad_right('ab', 4, '--')", fails: .invalidValue),
        ],
        implementation: .pure { args in .string(try Padding.pad(args, left: false)) })
}

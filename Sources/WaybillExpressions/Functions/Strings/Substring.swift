extension FunctionDefinition {
    /// `substring(text, start, length?)`: characters from `start` (0-based).
    static let substring = FunctionDefinition(
        name: "substring",
        summary: "The characters from `start` (0-based; negative counts from the end), at most `length` of them (default: to the end). Out-of-range parts are clipped.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("start", .int),
                     FunctionParameter("length", .int, optional: true)],
        returns: .string,
        examples: [
            FunctionExample("substring('SO-00042', 3)", .string("00042")),
            FunctionExample("substring('SO-00042', 0, 2)", .string("SO")),
            FunctionExample("substring('abc', -2)", .string("bc")),
            FunctionExample("substring('abc', 5, 2)", .string("")),
            FunctionExample("substring('abc', 0, -1)", fails: .invalidValue),
        ],
        implementation: .pure { args in
            let characters = Array(try args.string(0))
            let start = try args.int(1)
            let from = Swift.max(0, Swift.min(characters.count, start < 0 ? characters.count + start : start))
            var to = characters.count
            if args.has(2), !args[2].isNull {
                let length = try args.int(2)
                guard length >= 0 else { throw args.error(.invalidValue, "the length is negative") }
                to = Swift.min(characters.count, from + Swift.min(length, characters.count))
            }
            return .string(String(characters[from..<to]))
        })
}

extension FunctionDefinition {
    /// `parse_naive(text, format?)`: a wall-clock date-time from text without offset.
    static let parseNaive = FunctionDefinition(
        name: "parse_naive",
        summary: "Reads a naive (zoneless) date-time from ISO 8601 text such as '2024-03-10 02:30:00' (or the strftime-style `format`). Text with an offset is an error.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("format", .string, optional: true)],
        returns: .naiveDateTime,
        examples: [
            FunctionExample("format_time(parse_naive('2024-03-10 02:30:00.1234567'), '%F %T.%f')",
                            .string("2024-03-10 02:30:00.123456")),
            FunctionExample("format_time(parse_naive('3/7/2024 1:05 PM', '%m/%d/%Y %I:%M %p'), '%F %T')",
                            .string("2024-03-07 13:05:00")),
            FunctionExample("parse_naive('2024-03-10T02:30:00Z')", fails: .invalidValue),
        ],
        checkConstant: TimeArguments.problem(zoneAt: nil, formatAt: 1),
        implementation: .pure { args in
            let parsed = try TimeArguments.read(args, formatIndex: 1)
            guard parsed.offset == nil else {
                throw args.error(.invalidValue, "'\(args[0].text ?? "")' has an offset; use parse_time")
            }
            return .naiveDateTime(parsed.naive)
        })
}

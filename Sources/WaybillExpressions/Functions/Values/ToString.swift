extension FunctionDefinition {
    /// `to_string(value)`: the text form of a value.
    static let toString = FunctionDefinition(
        name: "to_string",
        summary: "The text form: numbers without exponent, datetimes in ISO 8601 UTC, dates as YYYY-MM-DD, lists and objects as canonical JSON. Null is an error.",
        parameters: [FunctionParameter("value", .any)], returns: .string,
        examples: [
            FunctionExample("to_string(12.50)", .string("12.5")),
            FunctionExample("to_string(42)", .string("42")),
            FunctionExample("to_string(true)", .string("true")),
            FunctionExample("to_string(parse_time('2024-03-10T02:30:00-08:00'))", .string("2024-03-10T10:30:00Z")),
            FunctionExample("to_string({b: 1, a: ['x', 'y']})", .string("{\"a\":[\"x\",\"y\"],\"b\":1}")),
            FunctionExample("to_string(null)", fails: .nullValue),
        ],
        implementation: .pure { args in .string(try args.present(0).text ?? "") })
}

extension FunctionDefinition {
    /// `concat(a, b, …)`: the text forms of the values, joined.
    static let concat = FunctionDefinition(
        name: "concat",
        summary: "Joins the text forms of its arguments (numbers, dates… are converted as by to_string); a null is an error.",
        parameters: [FunctionParameter("value", .any)], isVariadic: true, returns: .string,
        examples: [
            FunctionExample("concat('SO', '-', 42)", .string("SO-42")),
            FunctionExample("concat('total ', 12.50)", .string("total 12.5")),
            FunctionExample("concat('a', null)", fails: .nullValue),
        ],
        implementation: .pure { args in
            var out = ""
            for index in 0..<args.count {
                guard let text = try args.present(index).text else { continue }
                out += text
            }
            return .string(out)
        })
}

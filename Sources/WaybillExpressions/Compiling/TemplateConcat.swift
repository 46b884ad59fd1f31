/// The hidden function a template compiles to: joins the text forms of its parts.
enum TemplateConcat {
    static let definition = FunctionDefinition(
        name: "template", summary: "Joins template parts.", parameters: [FunctionParameter("part", .any)],
        isVariadic: true, returns: .string, examples: [],
        implementation: .pure { arguments in
            var out = ""
            for (index, value) in arguments.values.enumerated() {
                guard let text = value.text else {
                    throw EvaluationError(.nullValue, "template part \(index + 1) is null (use `??` to give a default)")
                }
                out += text
            }
            return .string(out)
        })
}

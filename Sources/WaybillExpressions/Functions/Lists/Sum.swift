extension FunctionDefinition {
    /// `sum(list)`: exact total of the numbers.
    static let sum = FunctionDefinition(
        name: "sum", summary: "The exact total of a list of numbers (int when all are ints, else decimal); 0 for an empty list; a null element is an error.",
        parameters: [FunctionParameter("numbers", .list(.decimal))],
        examples: [
            FunctionExample("sum([0.1, 0.2])", dec("0.3")),
            FunctionExample("sum([1, 2, 3])", .int(6)),
            FunctionExample("sum([1, 2.5])", dec("3.5")),
            FunctionExample("sum([])", .int(0)),
            FunctionExample("sum([1, null])", fails: .nullValue),
        ],
        typing: { types in .type(Typing.element(types[0]).nonOptional == .int ? .int : .decimal) },
        implementation: .pure { args in
            var total = Value.int(0)
            for item in try args.list(0) {
                if item.isNull { throw args.error(.nullValue, "the list has a null element") }
                total = try RuntimeOperators.arithmetic(.add, total, item)
            }
            return total
        })
}

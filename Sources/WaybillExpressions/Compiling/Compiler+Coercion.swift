extension Compiler {
    /// The value kinds that need no conversion for a declared type.
    private enum Fit {
        case int, decimal, datetime, naive, date, none

        init(_ type: ExprType) {
            switch type.nonOptional {
            case .int: self = .int
            case .decimal: self = .decimal
            case .datetime: self = .datetime
            case .naiveDateTime: self = .naive
            case .date: self = .date
            default: self = .none
            }
        }

        func accepts(_ value: Value, nullable: Bool) -> Bool {
            switch (self, value) {
            case (.int, .int), (.decimal, .decimal), (.datetime, .datetime), (.naive, .naiveDateTime), (.date, .date):
                return true
            case (_, .null):
                return nullable
            default:
                return false
            }
        }
    }

    /// Reads a declared value, converting its JSON representation only when it is not already of the
    /// declared kind (the common case costs one switch).
    static func compileCoercion(_ inner: @escaping Evaluator, to type: ExprType, _ range: Range<Int>) -> Evaluator {
        let fit = Fit(type)
        let nullable = type.isNullable
        return { frame in
            let value = try inner(&frame)
            if fit.accepts(value, nullable: nullable) { return value }
            do {
                return try value.coerced(to: type)
            } catch var error as EvaluationError {
                if error.range == nil { error.range = range }
                throw error
            }
        }
    }
}

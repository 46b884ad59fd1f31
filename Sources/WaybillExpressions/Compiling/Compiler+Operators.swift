extension Compiler {
    static func compileBinary(_ op: Expr.BinaryOperator, _ l: @escaping Evaluator, _ r: @escaping Evaluator,
                              _ range: Range<Int>) -> Evaluator {
        switch op {
        case .and:
            return located(range) { f in .bool(try truth(try l(&f), "&&") ? try truth(try r(&f), "&&") : false) }
        case .or:
            return located(range) { f in .bool(try truth(try l(&f), "||") ? true : try truth(try r(&f), "||")) }
        case .coalesce:
            return { f in
                let value = try l(&f)
                return value.isNull ? try r(&f) : value
            }
        case .equal:
            return { f in .bool(RuntimeOperators.equal(try l(&f), try r(&f))) }
        case .notEqual:
            return { f in .bool(!RuntimeOperators.equal(try l(&f), try r(&f))) }
        case .less:
            return located(range) { f in .bool(try RuntimeOperators.compare(try l(&f), try r(&f)) == .orderedAscending) }
        case .lessOrEqual:
            return located(range) { f in .bool(try RuntimeOperators.compare(try l(&f), try r(&f)) != .orderedDescending) }
        case .greater:
            return located(range) { f in .bool(try RuntimeOperators.compare(try l(&f), try r(&f)) == .orderedDescending) }
        case .greaterOrEqual:
            return located(range) { f in .bool(try RuntimeOperators.compare(try l(&f), try r(&f)) != .orderedAscending) }
        case .contains:
            return located(range) { f in
                let needle = try l(&f)
                return .bool(try RuntimeOperators.contains(try r(&f), needle))
            }
        case .add, .subtract, .multiply, .divide, .remainder:
            return located(range) { f in try RuntimeOperators.arithmetic(op, try l(&f), try r(&f)) }
        }
    }

    static func compileCall(_ function: FunctionDefinition, _ arguments: [TypedExpr.Argument],
                            _ range: Range<Int>) -> Evaluator {
        let name = function.name
        let values: [Evaluator?] = arguments.map { argument in
            if case .value(let expr) = argument { return compile(expr) }
            return nil
        }
        let lambdas: [(slots: [Int], body: Evaluator)?] = arguments.map { argument in
            if case .lambda(let slots, let body) = argument { return (slots, compile(body)) }
            return nil
        }
        @Sendable func evaluateArguments(_ frame: inout Frame) throws -> FunctionArguments {
            var list: [Value] = []
            list.reserveCapacity(values.count)
            for value in values { list.append(try value?(&frame) ?? .null) }
            return FunctionArguments(list, function: name)
        }
        switch function.implementation {
        case .pure(let body):
            return located(range) { frame in try body(try evaluateArguments(&frame)) }
        case .contextual(let body):
            return located(range) { frame in try body(try evaluateArguments(&frame), frame.context) }
        case .higherOrder(let body):
            return located(range) { frame in
                let arguments = try evaluateArguments(&frame)
                return try body(arguments) { index, parameters in
                    guard index < lambdas.count, let lambda = lambdas[index] else {
                        throw EvaluationError(.typeMismatch, "\(name): argument \(index + 1) is not a lambda")
                    }
                    for (slot, value) in zip(lambda.slots, parameters) { frame.locals[slot] = value }
                    return try lambda.body(&frame)
                }
            }
        }
    }
}

extension TypeChecker {
    mutating func checkCall(_ name: Expr.Name, _ arguments: [Expr], _ range: Range<Int>) -> TypedExpr {
        guard let function = environment.functions[name.text] else {
            let hint = Suggestions.didYouMean(name.text, in: environment.functions.definitions.keys)
            report(.unknownFunction, "unknown function `\(name.text)`", at: name.range, suggestion: hint)
            for argument in arguments { if case .lambda = argument.kind {} else { _ = check(argument) } }
            return .invalid(range)
        }
        if arguments.count < function.minimumArity || arguments.count > (function.maximumArity ?? Int.max) {
            let expected = function.maximumArity == function.minimumArity
                ? "\(function.minimumArity)"
                : "\(function.minimumArity)\(function.maximumArity.map { "–\($0)" } ?? " or more")"
            report(.wrongArgumentCount,
                   "`\(function.name)` takes \(expected) argument\(expected == "1" ? "" : "s"), got \(arguments.count)",
                   at: range, suggestion: "signature: \(function.signature)")
            return .invalid(range)
        }
        var typed: [TypedExpr.Argument] = []
        var types: [ExprType] = []
        var failed = false
        for (index, argument) in arguments.enumerated() {
            let parameter = function.parameters[min(index, function.parameters.count - 1)]
            let (checked, type, ok) = checkArgument(argument, parameter, function, index, types)
            typed.append(checked)
            types.append(type)
            failed = failed || !ok
        }
        if failed { return .invalid(range) }
        if function.readsTable { return checkLookup(function, typed, types, arguments, range) }
        switch function.typing(types) {
        case .type(let type):
            return TypedExpr(node: .call(function, typed), type: type, range: range)
        case .badArgument(let index, let message):
            report(.argumentType, "\(function.name): \(message)", at: arguments[min(index, arguments.count - 1)].range)
            return .invalid(range)
        }
    }

    private mutating func checkArgument(_ argument: Expr, _ parameter: FunctionParameter,
                                        _ function: FunctionDefinition, _ index: Int,
                                        _ earlier: [ExprType]) -> (TypedExpr.Argument, ExprType, Bool) {
        if parameter.lambdaArity > 0 {
            guard case .lambda(let names, let body) = argument.kind else {
                report(.lambdaMisuse, "argument `\(parameter.name)` of `\(function.name)` must be a lambda",
                       at: argument.range, suggestion: "write x => …")
                return (.value(.invalid(argument.range)), .any, false)
            }
            let types = parameter.lambdaParameterTypes?(earlier) ?? []
            let (slots, checked) = withLocals(names, types: types) { $0.check(body) }
            if !checked.type.isAssignable(to: parameter.type) {
                report(.argumentType, "the lambda of `\(function.name)` must return \(parameter.type), not \(checked.type)",
                       at: body.range)
                return (.lambda(slots: slots, body: checked), checked.type, false)
            }
            return (.lambda(slots: slots, body: checked), checked.type, true)
        }
        if case .lambda = argument.kind {
            report(.lambdaMisuse, "argument `\(parameter.name)` of `\(function.name)` is a value, not a lambda",
                   at: argument.range)
            return (.value(.invalid(argument.range)), .any, false)
        }
        let checked = check(argument)
        if case .invalid = checked.node { return (.value(checked), .any, false) }
        let accepted = parameter.isOptional ? parameter.type.optional : parameter.type
        guard checked.type.isAssignable(to: accepted) else {
            let hint = checked.type.nonOptional == .string && parameter.type.isNumeric
                ? "convert with to_decimal(…)" : nil
            report(.argumentType,
                   "argument `\(parameter.name)` of `\(function.name)` must be \(parameter.type), not \(checked.type)",
                   at: argument.range, suggestion: hint)
            return (.value(checked), checked.type, false)
        }
        if let constant = checked.constant, let problem = function.checkConstant?(index, constant) {
            report(.invalidConstant, "\(function.name): \(problem.message)", at: argument.range,
                   suggestion: problem.suggestion)
            return (.value(checked), checked.type, false)
        }
        return (.value(checked), checked.type, true)
    }

    private mutating func checkLookup(_ function: FunctionDefinition, _ typed: [TypedExpr.Argument],
                                      _ types: [ExprType], _ arguments: [Expr], _ range: Range<Int>) -> TypedExpr {
        guard case .value(let tableArgument) = typed[0], case .string(let table)? = tableArgument.constant else {
            report(.argumentType, "lookup: the table must be a quoted table name", at: arguments[0].range)
            return .invalid(range)
        }
        guard let tableType = environment.tables[table] else {
            report(.unknownTable, "unknown lookup table '\(table)'", at: arguments[0].range,
                   suggestion: Suggestions.didYouMean(table, in: environment.tables.keys))
            return .invalid(range)
        }
        if !types[1].isAssignable(to: tableType.keyType) {
            report(.argumentType, "lookup: table '\(table)' has \(tableType.keyType) keys, not \(types[1])",
                   at: arguments[1].range)
            return .invalid(range)
        }
        var type = tableType.valueType
        if types.count > 2 {
            guard let joined = type.joined(with: types[2]) else {
                report(.argumentType, "lookup: the default (\(types[2])) does not match the table's \(type) values",
                       at: arguments[2].range)
                return .invalid(range)
            }
            type = joined
        }
        return TypedExpr(node: .call(function, typed), type: type, range: range)
    }
}

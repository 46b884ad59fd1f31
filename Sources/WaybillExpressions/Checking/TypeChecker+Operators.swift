extension TypeChecker {
    mutating func checkUnary(_ op: Expr.UnaryOperator, _ operand: TypedExpr, _ range: Range<Int>) -> TypedExpr {
        let ok: Bool
        switch op {
        case .not: ok = operand.type.isAssignable(to: .bool)
        case .negate: ok = operand.type.isNumeric || operand.type == .any
        }
        if !ok, !isInvalid(operand) {
            let needed = op == .not ? "a bool" : "a number"
            report(.operatorType, "`\(op.rawValue)` needs \(needed), not \(operand.type)", at: range)
        }
        let type: ExprType = op == .not ? .bool : (operand.type.nonOptional == .decimal ? .decimal : operand.type.nonOptional)
        return TypedExpr(node: .unary(op, operand), type: type, range: range)
    }

    mutating func checkConditional(_ condition: TypedExpr, _ then: TypedExpr, _ otherwise: TypedExpr,
                                   _ range: Range<Int>) -> TypedExpr {
        if !condition.type.isAssignable(to: .bool), !isInvalid(condition) {
            report(.operatorType, "the condition must be a bool, not \(condition.type)", at: condition.range)
        }
        guard let type = then.type.joined(with: otherwise.type) else {
            report(.operatorType, "the branches have different types: \(then.type) and \(otherwise.type)",
                   at: otherwise.range)
            return .invalid(range)
        }
        return TypedExpr(node: .conditional(condition, then, otherwise), type: type, range: range)
    }

    mutating func checkBinary(_ op: Expr.BinaryOperator, _ left: TypedExpr, _ right: TypedExpr,
                              _ range: Range<Int>) -> TypedExpr {
        let node = TypedExpr.Node.binary(op, left, right)
        if isInvalid(left) || isInvalid(right) { return .invalid(range) }
        let type: ExprType
        switch op {
        case .and, .or:
            for side in [left, right] where !side.type.isAssignable(to: .bool) {
                report(.operatorType, "`\(op.rawValue)` needs bools, not \(side.type)", at: side.range)
            }
            type = .bool
        case .equal, .notEqual:
            if let mix = naiveZonedMix(left.type, right.type) {
                report(.naiveZonedMix, "cannot compare \(mix)", at: range, suggestion: Self.toUTCHint)
            } else if !left.type.isEquatable(with: right.type) {
                report(.operatorType, "cannot compare \(left.type) with \(right.type): they are never equal",
                       at: range, suggestion: conversionHint(left.type, right.type))
            }
            type = .bool
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            type = .bool
            checkOrdering(op, left, right, range)
        case .contains:
            checkMembership(left, right, range)
            type = .bool
        case .coalesce:
            if !left.type.isNullable {
                report(.uselessCoalesce, "the left side of `??` is never null", at: left.range)
            }
            guard let joined = left.type.nonOptional.joined(with: right.type) else {
                report(.operatorType, "`??` mixes \(left.type) and \(right.type)", at: range)
                return .invalid(range)
            }
            type = right.type.isNullable ? joined : joined.nonOptional
        default:
            type = arithmeticType(op, left, right, range)
        }
        return TypedExpr(node: node, type: type, range: range)
    }

    static let toUTCHint = "convert with to_utc(x, 'America/Los_Angeles')"

    private func isInvalid(_ expr: TypedExpr) -> Bool {
        if case .invalid = expr.node { return true }
        return false
    }

    private func naiveZonedMix(_ a: ExprType, _ b: ExprType) -> String? {
        let pair = (a.nonOptional, b.nonOptional)
        if pair == (.naiveDateTime, .datetime) || pair == (.datetime, .naiveDateTime) {
            return "a naive date-time (no zone) with a zoned one"
        }
        return nil
    }

    private func conversionHint(_ a: ExprType, _ b: ExprType) -> String? {
        let pair = (a.nonOptional, b.nonOptional)
        if (a.isNumeric && pair.1 == .string) || (b.isNumeric && pair.0 == .string) {
            return "convert with to_decimal(…) or to_string(…)"
        }
        return nil
    }

    private mutating func checkOrdering(_ op: Expr.BinaryOperator, _ left: TypedExpr, _ right: TypedExpr,
                                        _ range: Range<Int>) {
        if let mix = naiveZonedMix(left.type, right.type) {
            report(.naiveZonedMix, "cannot order \(mix)", at: range, suggestion: Self.toUTCHint)
            return
        }
        guard let a = left.type.orderingFamily, let b = right.type.orderingFamily,
              a == b || a == "any" || b == "any" else {
            report(.operatorType, "`\(op.rawValue)` cannot order \(left.type) and \(right.type)", at: range,
                   suggestion: conversionHint(left.type, right.type))
            return
        }
    }

    private mutating func checkMembership(_ left: TypedExpr, _ right: TypedExpr, _ range: Range<Int>) {
        switch right.type.nonOptional {
        case .list(let element):
            if !left.type.isEquatable(with: element) {
                report(.operatorType, "`in` looks for \(left.type) in a list of \(element)", at: range)
            }
        case .string:
            if !left.type.isAssignable(to: .string) {
                report(.operatorType, "`in` on a string needs a string on the left, not \(left.type)", at: range)
            }
        case .object, .any:
            break
        default:
            report(.operatorType, "`in` needs a list or string on the right, not \(right.type)", at: right.range)
        }
    }

    private mutating func arithmeticType(_ op: Expr.BinaryOperator, _ left: TypedExpr, _ right: TypedExpr,
                                         _ range: Range<Int>) -> ExprType {
        let a = left.type.nonOptional, b = right.type.nonOptional
        if op == .add, a == .string || b == .string {
            report(.stringPlus, "`+` does not join strings", at: range, suggestion: "use concat(a, b) or a template")
            return .string
        }
        if op == .subtract {
            if let mix = naiveZonedMix(a, b) {
                report(.naiveZonedMix, "cannot subtract \(mix)", at: range, suggestion: Self.toUTCHint)
                return .decimal
            }
            if a == b, [.datetime, .naiveDateTime].contains(a) { return .decimal }
            if a == .date, b == .date { return .int }
        }
        if a == .any || b == .any { return .any }
        guard left.type.isNumeric, right.type.isNumeric else {
            let offender = left.type.isNumeric ? right : left
            report(.operatorType, "`\(op.rawValue)` needs numbers, not \(offender.type)", at: offender.range,
                   suggestion: offender.type.nonOptional == .string ? "convert with to_decimal(…)" : nil)
            return .decimal
        }
        if op == .divide { return .decimal }
        return a == .int && b == .int ? .int : .decimal
    }
}

import Foundation

/// The run-time meaning of the operators, shared by compiled code and functions.
enum RuntimeOperators {
    static func arithmetic(_ op: Expr.BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add: return try checked(x.addingReportingOverflow(y), op)
            case .subtract: return try checked(x.subtractingReportingOverflow(y), op)
            case .multiply: return try checked(x.multipliedReportingOverflow(by: y), op)
            case .remainder:
                guard y != 0 else { throw EvaluationError(.divisionByZero, "remainder by zero") }
                return try checked(x.remainderReportingOverflow(dividingBy: y), op)
            default: break
            }
        }
        if op == .subtract, let difference = try timeDifference(a, b) { return difference }
        guard let x = Value.number(of: a), let y = Value.number(of: b) else {
            if a.isNull || b.isNull {
                throw EvaluationError(.nullValue, "`\(op.rawValue)` on null (use `??` to give a default)")
            }
            throw EvaluationError(.typeMismatch, "`\(op.rawValue)` needs numbers, got \(a.kindName) and \(b.kindName)")
        }
        switch op {
        case .add: return .decimal(x + y)
        case .subtract: return .decimal(x - y)
        case .multiply: return .decimal(x * y)
        case .divide:
            guard !y.isZero else { throw EvaluationError(.divisionByZero, "division by zero") }
            return .decimal(x / y)
        default:
            guard !y.isZero else { throw EvaluationError(.divisionByZero, "remainder by zero") }
            return .decimal(x % y)
        }
    }

    /// Difference of two instants, naive datetimes or dates, as a decimal number of seconds
    /// (days for dates); `nil` when the operands are not times.
    private static func timeDifference(_ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.datetime(let x), .datetime(let y)):
            return .decimal(DecimalValue(text: "\(x.timeIntervalSince(y))") ?? DecimalValue(0))
        case (.naiveDateTime(let x), .naiveDateTime(let y)):
            return .decimal(DecimalValue(text: "\(x.secondsAsUTC - y.secondsAsUTC)") ?? DecimalValue(0))
        case (.date(let x), .date(let y)):
            return .int(x.daysSinceEpoch - y.daysSinceEpoch)
        default:
            return nil
        }
    }

    private static func checked(_ result: (partialValue: Int, overflow: Bool), _ op: Expr.BinaryOperator) throws -> Value {
        if result.overflow { throw EvaluationError(.overflow, "integer overflow in `\(op.rawValue)`") }
        return .int(result.partialValue)
    }

    static func negate(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { throw EvaluationError(.overflow, "integer overflow in `-`") }
            return .int(-i)
        case .decimal(let d): return .decimal(d.negated)
        case .null: throw EvaluationError(.nullValue, "`-` on null")
        default: throw EvaluationError(.typeMismatch, "`-` needs a number, got \(value.kindName)")
        }
    }

    /// Equality with numeric promotion (`1 == 1.0`); values of unrelated kinds are unequal.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .decimal(let y)), (.decimal(let y), .int(let x)): return DecimalValue(x) == y
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        default: return a == b
        }
    }

    /// Order of two values of the same family; throws for null or unordered kinds.
    static func compare(_ a: Value, _ b: Value) throws -> ComparisonResult {
        func order<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult {
            x < y ? .orderedAscending : (x == y ? .orderedSame : .orderedDescending)
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.string(let x), .string(let y)): return order(x, y)
        case (.datetime(let x), .datetime(let y)): return order(x, y)
        case (.naiveDateTime(let x), .naiveDateTime(let y)): return order(x, y)
        case (.date(let x), .date(let y)): return order(x, y)
        default:
            if let x = Value.number(of: a), let y = Value.number(of: b) { return order(x, y) }
            if a.isNull || b.isNull { throw EvaluationError(.nullValue, "cannot order null (use `??` to give a default)") }
            throw EvaluationError(.typeMismatch, "cannot order \(a.kindName) and \(b.kindName)")
        }
    }

    /// `needle in haystack`: list membership or substring.
    static func contains(_ haystack: Value, _ needle: Value) throws -> Bool {
        switch (haystack, needle) {
        case (.list(let items), _): return items.contains { equal($0, needle) }
        case (.string(let text), .string(let part)): return text.contains(part)
        case (.object(let fields), .string(let key)): return fields[key] != nil
        case (.null, _): throw EvaluationError(.nullValue, "`in` on null")
        default: throw EvaluationError(.typeMismatch, "`in` needs a list or string, got \(haystack.kindName)")
        }
    }

    /// `.name` on a value: null propagates, objects give their field (null when absent).
    static func member(_ base: Value, _ name: String) throws -> Value {
        switch base {
        case .object(let fields): return fields[name] ?? .null
        case .null: return .null
        default: throw EvaluationError(.typeMismatch, "`.\(name)` needs an object, got \(base.kindName)")
        }
    }

    /// `base[index]`: list element (negative counts from the end) or object field.
    static func index(_ base: Value, _ index: Value) throws -> Value {
        switch (base, index) {
        case (.list(let items), .int(let i)):
            let position = i < 0 ? items.count + i : i
            guard position >= 0, position < items.count else {
                throw EvaluationError(.indexOutOfRange, "index \(i) is outside the list of \(items.count) elements")
            }
            return items[position]
        case (.object(let fields), .string(let key)): return fields[key] ?? .null
        case (.null, _): return .null
        case (_, .null): throw EvaluationError(.nullValue, "index is null")
        default: throw EvaluationError(.typeMismatch, "cannot index \(base.kindName) with \(index.kindName)")
        }
    }
}

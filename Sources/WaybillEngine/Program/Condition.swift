import WaybillExpressions

/// One `[field, op, value]` term of a domain whose value is an expression over the unit.
public struct ConditionProgram: Sendable {
    /// The field compared.
    public var field: String
    /// The operator (`=`, `!=`, `>`, `in`, `ilike`, …).
    public var op: String
    /// The value, evaluated per unit.
    public var value: EngineExpression

    /// Creates a condition.
    public init(field: String, op: String, value: EngineExpression) {
        self.field = field
        self.op = op
        self.value = value
    }

    /// A prefix operator of a domain in Polish notation: `|` (or), `&` (and), `!` (not).
    public static func prefix(_ op: String) throws -> ConditionProgram {
        ConditionProgram(field: "", op: op, value: try EngineExpression("null"))
    }

    /// Evaluates the value.
    func resolve(_ scope: UnitScope) throws -> Condition {
        if field.isEmpty { return Condition.prefix(op) }
        return Condition(field: field, op: op, value: try value.evaluate(scope))
    }
}

/// A resolved domain term: field, operator, value; or a prefix operator (`|`, `&`, `!`, empty
/// field) combining the terms after it, as in Odoo domains. Terms without an operator are ANDed.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    /// The field compared.
    public var field: String
    /// The operator.
    public var op: String
    /// The value.
    public var value: Value

    /// Creates a condition.
    public init(field: String, op: String, value: Value) {
        self.field = field
        self.op = op
        self.value = value
    }

    /// A prefix operator term.
    public static func prefix(_ op: String) -> Condition { Condition(field: "", op: op, value: .null) }

    /// Whether this is a prefix operator rather than a comparison.
    public var isPrefixOperator: Bool { field.isEmpty }

    /// `field op value`, or the operator alone.
    public var description: String { isPrefixOperator ? op : "\(field) \(op) \(value.canonicalJSON)" }
}

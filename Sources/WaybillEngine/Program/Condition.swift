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

    /// Evaluates the value.
    func resolve(_ scope: UnitScope) throws -> Condition {
        Condition(field: field, op: op, value: try value.evaluate(scope))
    }
}

/// A resolved domain term: field, operator, value. Terms of a list are combined with AND.
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

    /// `field op value`.
    public var description: String { "\(field) \(op) \(value.canonicalJSON)" }
}

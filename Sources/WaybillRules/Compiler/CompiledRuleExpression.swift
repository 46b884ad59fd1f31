import WaybillExpressions

/// An expression of a rule file compiled once by the compiler: evaluate it per unit of work.
public struct CompiledRuleExpression: Sendable {
    /// The compiled closures.
    public var expression: CompiledExpression
    /// The static type.
    public var type: ExprType

    /// The static type as text.
    public var typeDescription: String { "\(type)" }
}

/// An expression compiled once by the compiler (placeholder until WaybillExpressions lands).
public struct CompiledRuleExpression: Sendable {}

extension CompiledRuleExpression {
    /// The static type as text.
    public var typeDescription: String { "?" }
}

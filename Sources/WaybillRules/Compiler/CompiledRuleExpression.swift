/// An expression compiled once by the compiler (placeholder until WaybillExpressions lands).
public struct CompiledRuleExpression: Sendable {}

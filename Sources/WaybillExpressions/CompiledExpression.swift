/// An expression compiled to closures: evaluate it as often as needed, from any thread.
public struct CompiledExpression: Sendable {
    let evaluator: Evaluator
    let slotCount: Int
    /// The source text it was compiled from.
    public let source: String

    /// Evaluates against one record's context. Throws ``EvaluationError`` for bad data
    /// (null where a value is needed, division by zero, unknown lookup key, bad time text).
    public func evaluate(_ context: EvaluationContext) throws -> Value {
        var frame = Frame(context: context, slotCount: slotCount)
        do {
            return try evaluator(&frame)
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError(.invalidValue, "\(error)")
        }
    }
}

/// The outcome of compiling: an expression when there is no error, its type, and all diagnostics.
public struct CompileResult: Sendable {
    /// The compiled expression, or `nil` when any diagnostic is an error.
    public let expression: CompiledExpression?
    /// The static type, when checking got that far.
    public let type: ExprType?
    /// Every error and warning, in source order.
    public let diagnostics: [ExpressionDiagnostic]

    /// Whether the result has an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

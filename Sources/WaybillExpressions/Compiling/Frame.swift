/// The mutable state of one evaluation: the context plus the slots of lambda parameters.
struct Frame {
    let context: EvaluationContext
    var locals: [Value]

    init(context: EvaluationContext, slotCount: Int) {
        self.context = context
        self.locals = slotCount == 0 ? [] : Array(repeating: .null, count: slotCount)
    }
}

/// A compiled node: reads the frame, returns a value or throws ``EvaluationError``.
typealias Evaluator = @Sendable (inout Frame) throws -> Value

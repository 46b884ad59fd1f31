import WaybillExpressions

/// A runnable write (or follow-up call) of a flow.
public struct StepProgram: Sendable {
    /// What the step does.
    public enum Operation: Sendable {
        /// Create after `match` found nothing (a match is adopted, never duplicated).
        case create
        /// Update the bound or matched record.
        case update
        /// Update the bound or matched record, else create.
        case upsert
        /// Delete the bound or matched record.
        case delete
        /// Call a method (Odoo) on the matched or previous step's record.
        case call(String)
        /// A custom operation declared by the REST resource, on the record.
        case custom(String)
        /// Record a finding (audit, metric name, alert) instead of writing.
        case report(ReportProgram)
    }

    /// The step's name (`steps.<name>` in later expressions, part of the binding key).
    public var name: String
    /// Target system; `nil` for a follow-up call on the previous step's record.
    public var system: String?
    /// Target resource or model.
    public var target: String?
    /// What to do.
    public var operation: Operation
    /// How to find an existing record first.
    public var match: [ConditionProgram]
    /// Field mapping, in declaration order.
    public var values: [(field: String, value: EngineExpression)]
    /// Condition; false → the step is skipped (audited).
    public var when: EngineExpression?
    /// Follow-up calls on this step's record.
    public var then: [StepProgram]
    /// Context of a method call (Odoo: sent as the call's `context` keyword argument).
    public var context: [String: Value] = [:]

    /// Creates a step.
    public init(
        name: String, system: String?, target: String?, operation: Operation,
        match: [ConditionProgram] = [], values: [(field: String, value: EngineExpression)] = [],
        when: EngineExpression? = nil, then: [StepProgram] = []
    ) {
        self.name = name
        self.system = system
        self.target = target
        self.operation = operation
        self.match = match
        self.values = values
        self.when = when
        self.then = then
    }

    /// The call's keyword values: the mapped `values` plus `context` when one is declared.
    func callValues(_ values: [String: Value]) -> [String: Value] {
        guard !context.isEmpty else { return values }
        var values = values
        values["context"] = .object(context)
        return values
    }

    /// Whether the step only calls a method on the previous step's record (a `report:` step has
    /// no system either, but stands on its own).
    public var isFollowUp: Bool {
        if case .report = operation { return false }
        return system == nil
    }
}

/// One check over the decoded rules. Each validator lives in its own file and is listed once, in
/// `SpecifiedValidators.all`.
protocol RuleValidator: Sendable {
    /// Diagnostics for the whole model.
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic]
}

/// The validators `waybill rules validate` runs, in order.
enum SpecifiedValidators {
    static let all: [any RuleValidator] = [
        UniqueNamesValidator(),
        SystemSchemaValidator(),
        TriggerValidator(),
        WebhookSafetyValidator(),
        CursorValidator(),
        ReadValidator(),
        LookupValidator(),
        StepValidator(),
        TableValidator(),
        ConnectionsValidator(),
    ]
}

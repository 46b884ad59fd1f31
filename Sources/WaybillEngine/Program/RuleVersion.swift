import WaybillExpressions
import WaybillRules

/// A short fingerprint of a flow's rules, stored with each binding so that replays under a
/// corrected rule version can be told apart in the audit.
enum RuleVersion {
    static func of(_ flow: FlowDefinition) -> String {
        var parts: [String] = [flow.name]
        func add(_ step: Step) {
            parts.append("\(step.name)|\(step.operation.name)|\(step.target?.name ?? "")|\(step.when?.source ?? "")")
            parts += step.values.map { "\($0.field)=\($0.value.source)" }
            step.then.forEach(add)
        }
        flow.steps.forEach(add)
        parts += flow.lookups.map { "\($0.name):\($0.key?.source ?? "")" }
        parts.append(flow.identity?.source ?? "")
        return String(PayloadHash.of(.list(parts.map(Value.string))).prefix(12))
    }
}

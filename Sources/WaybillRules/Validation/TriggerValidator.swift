/// Trigger references: poll system and resource/model, domain and query fields, webhook system,
/// its `webhooks:` section and event names.
struct TriggerValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checks = ReferenceChecks(index: index)
        for flow in model.flows {
            if let poll = flow.value.trigger.poll,
               let system = checks.system(poll.system, at: flow.location("trigger.poll.system"), into: &diagnostics),
               let fields = checks.source(poll.source, in: system, at: flow.location(sourcePath("trigger.poll", poll.source)),
                                          into: &diagnostics) {
                DomainChecks.fields(poll.domain, path: "trigger.poll.domain", flow: flow, fields: fields,
                                    system: system.name, owner: poll.source.name, checks: checks, into: &diagnostics)
            }
            if let webhook = flow.value.trigger.webhook,
               let system = checks.system(webhook.system, at: flow.location("trigger.webhook.system"), into: &diagnostics) {
                guard let definition = system.webhooks else {
                    diagnostics.append(Diagnostic(.noWebhooks, at: flow.location("trigger.webhook.system")
                                                    .shifted(by: 0, length: webhook.system.count),
                                                  "system `\(system.name)` declares no `webhooks:`; it cannot trigger flows by webhook"))
                    continue
                }
                for (position, event) in webhook.events.enumerated() where !definition.events.contains(event) {
                    diagnostics.append(Diagnostic(.unknownEvent, at: flow.location("trigger.webhook.events[\(position)]"),
                                                  "system `\(system.name)` sends no event `\(event)`",
                                                  suggestion: Suggestion.closest(to: event, in: definition.events)))
                }
            }
        }
        return diagnostics
    }
}

/// The decoding path of a `resource:`/`model:` key under a parent path.
func sourcePath(_ parent: String, _ source: RecordSource) -> String {
    switch source {
    case .resource: return parent.appending("resource")
    case .model: return parent.appending("model")
    }
}

/// Field checks of domain terms.
enum DomainChecks {
    static func fields(_ terms: [DomainTerm], path: String, flow: Located<FlowDefinition>, fields: [String: FieldType],
                       system: String, owner: String, checks: ReferenceChecks, into diagnostics: inout [Diagnostic]) {
        for (position, term) in terms.enumerated() {
            guard case .condition(let field, _, _) = term else { continue }
            checks.field(field, in: fields, system: system, owner: owner,
                         at: flow.location("\(path)[\(position)].field"), into: &diagnostics)
        }
    }
}

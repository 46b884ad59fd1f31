/// `read:` options: fields and `each:` exist in the source schema; `dereference` needs a pointer envelope.
struct ReadValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checks = ReferenceChecks(index: index)
        for flow in model.flows {
            let read = flow.value.read
            guard let source = FlowSource(flow.value, index), let fields = source.fields,
                  let name = source.source?.name else { continue }
            for (position, field) in read.fields.enumerated() {
                checks.field(field, in: fields, system: source.system, owner: name,
                             at: flow.location("read.fields[\(position)]"), into: &diagnostics)
            }
            if let each = read.each,
               let type = checks.field(each, in: fields, system: source.system, owner: name,
                                       at: flow.location("read.each"), into: &diagnostics),
               type.elementType == nil, type.nonOptional != .any, !type.isObject {
                diagnostics.append(Diagnostic(.wrongType, at: flow.location("read.each").shifted(by: 0, length: each.count),
                                              "`each: \(each)` must name a list (or object) field; `\(each)` is \(type)"))
            }
        }
        for flow in model.flows where flow.value.read.dereference != nil {
            if let webhook = flow.value.trigger.webhook, let definition = index.systems[webhook.system]?.webhooks,
               definition.envelope != .pointer {
                diagnostics.append(Diagnostic(.badValue, at: flow.location("read.dereference"),
                                              "`dereference` needs a pointer envelope, but `\(webhook.system)` webhooks carry the record"))
            }
        }
        return diagnostics
    }
}

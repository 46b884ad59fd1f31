/// Poll cursors: the field exists; `id` on a mutable source misses updates; a datetime cursor
/// without lookback misses late commits (warnings).
struct CursorValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checks = ReferenceChecks(index: index)
        for flow in model.flows {
            guard let poll = flow.value.trigger.poll, let cursor = poll.cursor,
                  let system = index.systems[poll.system],
                  let fields = index.fields(system: poll.system, source: poll.source) else { continue }
            let location = flow.location("trigger.poll.cursor.field")
            let type = checks.field(cursor.field, in: fields, system: system.name, owner: poll.source.name,
                                    at: location, into: &diagnostics)
            if let tieBreaker = cursor.tieBreaker {
                checks.field(tieBreaker, in: fields, system: system.name, owner: poll.source.name,
                             at: flow.location("trigger.poll.cursor.tie_breaker"), into: &diagnostics)
            }
            let mutable: Bool
            switch poll.source {
            case .model(let name): mutable = system.models[name]?.mutable ?? true
            case .resource(let name): mutable = system.resources[name]?.mutable ?? true
            }
            if cursor.field == "id", mutable {
                diagnostics.append(Diagnostic(.idCursorOnMutable, at: location.shifted(by: 0, length: 2),
                                              "a cursor on `id` never sees updates of the mutable `\(poll.source.name)`",
                                              suggestion: fields["write_date"] != nil ? "write_date" : nil,
                                              notes: ["use a modification time with `tie_breaker: id`, or declare `mutable: false`"]))
            }
            if type?.isDateTime == true, cursor.lookback == nil, flow.locations["trigger.poll.cursor.lookback"] == nil {
                diagnostics.append(Diagnostic(.cursorWithoutLookback, at: location.shifted(by: 0, length: cursor.field.count),
                                              "datetime cursor `\(cursor.field)` without `lookback`: records committed late are skipped",
                                              notes: ["Odoo stamps write_date at transaction start; add e.g. `lookback: 10m`"]))
            }
        }
        return diagnostics
    }
}

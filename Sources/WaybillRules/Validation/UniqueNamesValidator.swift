/// Duplicate flow, system and table names across files; duplicate step names within a flow.
struct UniqueNamesValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check<T>(_ items: [Located<T>], key: String, code: DiagnosticCode, what: String, name: (T) -> String) {
            var seen: [String: SourceLocation] = [:]
            for item in items {
                let value = name(item.value)
                let location = item.location(key)
                if let first = seen[value] {
                    diagnostics.append(Diagnostic(code, at: location.shifted(by: 0, length: value.count),
                                                  "duplicate \(what) name `\(value)`", notes: ["first declared at \(first)"]))
                } else {
                    seen[value] = location
                }
            }
        }
        check(model.flows, key: "flow", code: .duplicateFlow, what: "flow") { $0.name }
        check(model.systems, key: "system", code: .duplicateSystem, what: "system") { $0.name }
        check(model.tables, key: "table", code: .duplicateTable, what: "table") { $0.name }
        for flow in model.flows {
            var seen: Set<String> = []
            for (position, step) in flow.value.steps.enumerated() {
                if !seen.insert(step.name).inserted {
                    diagnostics.append(Diagnostic(.duplicateStep, at: flow.location("steps[\(position)].name"),
                                                  "duplicate step name `\(step.name)` in flow `\(flow.value.name)`"))
                }
            }
        }
        return diagnostics
    }
}

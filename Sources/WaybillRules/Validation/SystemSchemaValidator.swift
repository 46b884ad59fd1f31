/// Inside a system: named types exist, webhook event resources exist, ids fields exist.
struct SystemSchemaValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for located in model.systems {
            let system = located.value
            func checkNamed(_ type: FieldType, _ path: String) {
                switch type {
                case .named(let name) where system.types[name] == nil:
                    diagnostics.append(Diagnostic(.unknownType, at: located.location(path),
                                                  "unknown type `\(name)`; declare it under `types:`",
                                                  suggestion: Suggestion.closest(to: name, in: system.types.keys.sorted()
                                                                                 + ["string", "int", "decimal", "bool", "date", "datetime", "naive_datetime", "any"])))
                case .optional(let inner), .list(let inner): checkNamed(inner, path)
                case .object(let fields): for (name, field) in fields { checkNamed(field, path.appending(name)) }
                default: break
                }
            }
            for (name, type) in system.types { checkNamed(type, "types.\(name)") }
            for (name, resource) in system.resources {
                for (field, type) in resource.fields { checkNamed(type, "resources.\(name).fields.\(field)") }
                if let id = resource.idField, resource.fields[id] == nil, !resource.fields.isEmpty {
                    diagnostics.append(Diagnostic(.unknownField, at: located.location("resources.\(name).id"),
                                                  "resource `\(name)` has no field `\(id)` to use as its id",
                                                  suggestion: Suggestion.closest(to: id, in: resource.fields.keys.sorted())))
                }
            }
            for (name, model) in system.models {
                for (field, type) in model.fields { checkNamed(type, "models.\(name).fields.\(field)") }
            }
            if let webhooks = system.webhooks {
                for (event, resource) in webhooks.resources.sorted(by: { $0.key < $1.key }) {
                    let path = "webhooks.resources.\(event)"
                    if !webhooks.events.isEmpty, !webhooks.events.contains(event) {
                        diagnostics.append(Diagnostic(.unknownEvent, at: located.keyLocation(path),
                                                      "event `\(event)` is not among the system's `events`",
                                                      suggestion: Suggestion.closest(to: event, in: webhooks.events)))
                    }
                    if system.resources[resource] == nil, system.models[resource] == nil {
                        diagnostics.append(Diagnostic(.unknownResource, at: located.location(path),
                                                      "system `\(system.name)` has no resource `\(resource)`",
                                                      suggestion: Suggestion.closest(to: resource, in: system.resources.keys.sorted())))
                    }
                }
            }
        }
        return diagnostics
    }
}

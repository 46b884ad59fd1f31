/// Steps: target system and resource/model, operations the resource declares, methods the model
/// declares, target fields of `values` and `match`, follow-up calls with a record, `create` with `match`.
struct StepValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checks = ReferenceChecks(index: index)
        for flow in model.flows {
            let base = flow.locations["steps"] != nil ? "steps" : "write"
            var previous: Step?
            for (position, step) in flow.value.steps.enumerated() {
                let path = base == "steps" ? "steps[\(position)]" : "write"
                check(step, path: path, previous: previous, flow: flow, checks: checks, into: &diagnostics)
                for (thenIndex, follow) in step.then.enumerated() {
                    check(follow, path: "\(path).then[\(thenIndex)]", previous: step, flow: flow, checks: checks,
                          into: &diagnostics)
                }
                if !step.isFollowUpCall, step.operation != .report { previous = step }
            }
        }
        return diagnostics
    }

    private func check(_ step: Step, path: String, previous: Step?, flow: Located<FlowDefinition>,
                       checks: ReferenceChecks, into diagnostics: inout [Diagnostic]) {
        guard let systemName = step.system, let target = step.target else {
            guard case .call(let method) = step.operation else { return }
            guard let previous, let system = previous.system.flatMap({ checks.index.systems[$0] }),
                  case .model(let modelName)? = previous.target else {
                if previous == nil || previous?.target.map({ if case .resource = $0 { return true } else { return false } }) == true {
                    diagnostics.append(Diagnostic(.callWithoutRecord, at: flow.location("\(path).call"),
                                                  "`call: \(method)` needs a previous step that writes an Odoo model"))
                }
                return
            }
            checkMethod(method, system: system, model: modelName, at: flow.location("\(path).call"), into: &diagnostics)
            return
        }
        guard let system = checks.system(systemName, at: flow.location("\(path).system"), into: &diagnostics),
              let fields = checks.source(target, in: system, at: flow.location(sourcePath(path, target)), into: &diagnostics)
        else { return }
        switch (step.operation, target) {
        case (.call(let method), .model(let model)):
            checkMethod(method, system: system, model: model, at: flow.location("\(path).method"), into: &diagnostics)
        case (_, .resource(let name)):
            let operation = step.operation.operationName
            if let resource = system.resources[name], !step.operation.isServed(by: Set(resource.operations.keys)) {
                let alternatives = step.operation.alternatives.map { " (or " + $0 + ")" } ?? ""
                diagnostics.append(Diagnostic(.unknownOperation, at: flow.location("\(path).operation").shifted(by: 0, length: operation.count),
                                              "resource `\(name)` of `\(system.name)` declares no `\(operation)` operation\(alternatives)",
                                              suggestion: Suggestion.closest(to: operation, in: resource.operations.keys.sorted())))
            }
        case (.custom(let name), .model):
            diagnostics.append(Diagnostic(.badValue, at: flow.location("\(path).operation").shifted(by: 0, length: name.count),
                                          "`\(name)` is not an operation; expected create, update, upsert, call or delete",
                                          suggestion: Suggestion.closest(to: name, in: ["create", "update", "upsert", "call", "delete"])))
        default:
            break
        }
        for value in step.values {
            checks.field(value.field, in: fields, system: system.name, owner: target.name,
                         at: flow.keyLocation("\(path).values.\(value.field)"), into: &diagnostics)
        }
        DomainChecks.fields(step.match, path: "\(path).match", flow: flow, fields: fields, system: system.name,
                            owner: target.name, checks: checks, into: &diagnostics)
        // An upsert creates through a plain create on Odoo and on resources without an upsert endpoint.
        let nativeUpsert: Bool
        if case .resource(let name) = target { nativeUpsert = system.resources[name]?.operations["upsert"] != nil } else {
            nativeUpsert = false
        }
        let duplicable = step.operation == .create || (step.operation == .upsert && !nativeUpsert)
        if duplicable, step.match.isEmpty {
            diagnostics.append(Diagnostic(.createWithoutMatch, at: flow.location("\(path).operation").shifted(by: 0, length: 6),
                                          "`\(step.operation.name)` without `match`: a crash between the create and our commit would duplicate the record",
                                          notes: ["add `match: [[field, '=', value]]` to find an existing record first"]))
        }
    }

    private func checkMethod(_ method: String, system: SystemDefinition, model: String, at location: SourceLocation,
                             into diagnostics: inout [Diagnostic]) {
        guard let definition = system.models[model], !definition.methods.contains(method) else { return }
        diagnostics.append(Diagnostic(.unknownMethod, at: location.shifted(by: 0, length: method.count),
                                      "model `\(model)` declares no method `\(method)`",
                                      suggestion: Suggestion.closest(to: method, in: definition.methods),
                                      notes: ["declare it under `models.\(model).methods` in the system file"]))
    }
}

extension Step.Operation {
    /// Whether a REST resource with these operations can run the step. As the engine runs them:
    /// `create` falls back to an `upsert` endpoint, `update` too, and `upsert` is match-then-
    /// update-or-create when the resource has no `upsert` endpoint but has `create` and `update`.
    func isServed(by operations: Set<String>) -> Bool {
        switch self {
        case .create: return operations.contains("create") || operations.contains("upsert")
        case .update: return operations.contains("update") || operations.contains("upsert")
        case .upsert: return operations.contains("upsert") || operations.isSuperset(of: ["create", "update"])
        default: return operations.contains(operationName)
        }
    }

    /// What else would serve the step, for the diagnostic.
    var alternatives: String? {
        switch self {
        case .create, .update: return "`upsert`"
        case .upsert: return "both `create` and `update`"
        default: return nil
        }
    }

    /// The resource operation a REST step uses.
    var operationName: String {
        switch self {
        case .create: return "create"
        case .update: return "update"
        case .upsert: return "upsert"
        case .delete: return "delete"
        case .call(let method): return method
        case .custom(let name): return name
        case .report: return "report"
        }
    }
}

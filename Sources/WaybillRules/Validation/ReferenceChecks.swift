/// Shared reference checks: systems, resources/models and field paths, with suggestions.
struct ReferenceChecks {
    let index: SchemaIndex

    /// Checks a system name; returns the system when it exists.
    func system(_ name: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> SystemDefinition? {
        if let system = index.systems[name] { return system }
        diagnostics.append(Diagnostic(.unknownSystem, at: location.shifted(by: 0, length: name.count),
                                      "unknown system `\(name)`",
                                      suggestion: Suggestion.closest(to: name, in: index.systems.keys.sorted())))
        return nil
    }

    /// Checks a resource or model in a system; returns its field schema.
    func source(_ source: RecordSource, in system: SystemDefinition, at location: SourceLocation,
                into diagnostics: inout [Diagnostic]) -> [String: FieldType]? {
        let at = location.shifted(by: 0, length: source.name.count)
        switch source {
        case .resource(let name):
            if system.kind == .odoo {
                diagnostics.append(Diagnostic(.wrongTargetKind, at: at,
                                              "`\(system.name)` is an Odoo system; write `model: \(name)`"))
                return system.models[name]?.fields
            }
            if let resource = system.resources[name] { return resource.fields }
            diagnostics.append(Diagnostic(.unknownResource, at: at, "system `\(system.name)` has no resource `\(name)`",
                                          suggestion: Suggestion.closest(to: name, in: system.resources.keys.sorted())))
        case .model(let name):
            if system.kind == .rest {
                diagnostics.append(Diagnostic(.wrongTargetKind, at: at,
                                              "`\(system.name)` is a REST system; write `resource: \(name)`"))
                return system.resources[name]?.fields
            }
            if let model = system.models[name] { return model.fields }
            diagnostics.append(Diagnostic(.unknownModel, at: at, "system `\(system.name)` has no model `\(name)`",
                                          suggestion: Suggestion.closest(to: name, in: system.models.keys.sorted())))
        }
        return nil
    }

    /// Checks a dotted field path; returns its type (nil when unknown or opaque).
    @discardableResult
    func field(_ path: String, in fields: [String: FieldType], system: String, owner: String,
               at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> FieldType? {
        switch index.resolve(path, in: fields, system: system) {
        case .found(let type): return type
        case .opaque: return nil
        case .missing(let segment, let position, let known):
            let offset = path.split(separator: ".").prefix(position).reduce(0) { $0 + $1.count + 1 }
            diagnostics.append(Diagnostic(.unknownField, at: location.shifted(by: offset, length: segment.count),
                                          "`\(owner)` has no field `\(segment)`",
                                          suggestion: Suggestion.closest(to: segment, in: known.sorted())))
            return nil
        }
    }
}

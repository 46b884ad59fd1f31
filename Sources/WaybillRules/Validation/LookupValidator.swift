/// Lookups: tables exist; finds name a known system, resource/model and fields.
struct LookupValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checks = ReferenceChecks(index: index)
        for flow in model.flows {
            for lookup in flow.value.lookups {
                let path = "lookups.\(lookup.name)"
                switch lookup.kind {
                case .table(let table):
                    if index.tables[table] == nil {
                        diagnostics.append(Diagnostic(.unknownTable, at: flow.location("\(path).table").shifted(by: 0, length: table.count),
                                                      "unknown table `\(table)`",
                                                      suggestion: Suggestion.closest(to: table, in: index.tables.keys.sorted())))
                    }
                case .find(let find, let create):
                    let fields = check(find.system, find.source, "\(path).find", flow, checks, &diagnostics)
                    if let fields {
                        DomainChecks.fields(find.conditions, path: "\(path).find.where", flow: flow, fields: fields,
                                            system: find.system, owner: find.source.name, checks: checks, into: &diagnostics)
                        checkList(find.fields, "\(path).find.fields", fields, find, flow, checks, &diagnostics)
                        for value in create ?? [] {
                            checks.field(value.field, in: fields, system: find.system, owner: find.source.name,
                                         at: flow.keyLocation("\(path).create.values.\(value.field)"), into: &diagnostics)
                        }
                    }
                case .findAll(let find):
                    if let fields = check(find.system, find.source, "\(path).find_all", flow, checks, &diagnostics) {
                        DomainChecks.fields(find.conditions, path: "\(path).find_all.where", flow: flow, fields: fields,
                                            system: find.system, owner: find.source.name, checks: checks, into: &diagnostics)
                        checkList(find.fields, "\(path).find_all.fields", fields, find, flow, checks, &diagnostics)
                    }
                case .findMany(let many):
                    if let fields = check(many.system, many.source, "\(path).find_many", flow, checks, &diagnostics) {
                        checks.field(many.field, in: fields, system: many.system, owner: many.source.name,
                                     at: flow.location("\(path).find_many.field"), into: &diagnostics)
                        let find = Find(system: many.system, source: many.source, conditions: [], fields: [])
                        checkList(many.fields, "\(path).find_many.fields", fields, find, flow, checks, &diagnostics)
                    }
                }
            }
        }
        return diagnostics
    }

    private func check(_ system: String, _ source: RecordSource, _ path: String, _ flow: Located<FlowDefinition>,
                       _ checks: ReferenceChecks, _ diagnostics: inout [Diagnostic]) -> [String: FieldType]? {
        guard let definition = checks.system(system, at: flow.location("\(path).system"), into: &diagnostics) else {
            return nil
        }
        return checks.source(source, in: definition, at: flow.location(sourcePath(path, source)), into: &diagnostics)
    }

    private func checkList(_ list: [String], _ path: String, _ fields: [String: FieldType], _ find: Find,
                           _ flow: Located<FlowDefinition>, _ checks: ReferenceChecks, _ diagnostics: inout [Diagnostic]) {
        for (position, field) in list.enumerated() {
            checks.field(field, in: fields, system: find.system, owner: find.source.name,
                         at: flow.location("\(path)[\(position)]"), into: &diagnostics)
        }
    }
}

import WaybillExpressions

/// Compiles the expressions of one flow in the order the engine evaluates them, growing the
/// scope as it goes: read (each, filter, group_by) → lookups → steps → identity and version.
struct FlowExpressionCompiler {
    let located: Located<FlowDefinition>
    let index: SchemaIndex
    let tables: [String: LookupTableType]
    var diagnostics: [Diagnostic] = []

    init(located: Located<FlowDefinition>, index: SchemaIndex, tables: [String: LookupTableType]) {
        self.located = located
        self.index = index
        self.tables = tables
    }

    private func models(_ system: String?) -> [String: ModelDefinition] {
        system.flatMap { index.systems[$0]?.models } ?? [:]
    }

    private mutating func compile(_ expression: inout RuleExpression, _ scope: ExpressionScope,
                                  expecting: ExprType?, field: String? = nil, extra: [String: ExprType] = [:]) {
        diagnostics += ExpressionCompiling.compile(&expression, in: scope, adding: extra,
                                                   expecting: expecting, field: field)
    }

    mutating func compile() -> FlowDefinition {
        var flow = located.value
        let source = FlowSource(flow, index)
        let record = source?.fields?.recordType(models: models(source?.system)) ?? .openObject
        var scope = ExpressionScope.base(record: record, flow: flow.name, tables: tables)
        // Without a known source schema, names cannot be checked: compile leniently (as `any`).
        let lenient = source?.fields == nil
        scope.lenient = lenient
        var unit = record
        if let each = flow.read.each, let fields = source?.fields {
            // A list field yields its elements; an object field is one element (an unwrap).
            var element = ExprType.openObject
            if case .found(let type) = index.resolve(each, in: fields, system: source?.system ?? "") {
                switch type.readType(models: models(source?.system)).nonOptional {
                case .list(let inner): element = inner
                case .object(let shape): element = .object(shape)
                default: break
                }
            }
            scope = ExpressionScope.base(record: element, flow: flow.name, tables: tables)
            scope.variables["parent"] = record
            scope.lenient = lenient || element == .openObject
            unit = element
        } else if flow.read.each != nil {
            scope = ExpressionScope.base(record: .openObject, flow: flow.name, tables: tables)
            scope.variables["parent"] = record
            scope.lenient = true
            unit = .openObject
        }
        if var filter = flow.read.filter {
            compile(&filter, scope, expecting: .bool)
            flow.read.filter = filter
        }
        if var groupBy = flow.read.groupBy {
            compile(&groupBy, scope, expecting: nil)
            flow.read.groupBy = groupBy
            let keyType = groupBy.compiled?.type ?? .any
            var grouped = ExpressionScope(variables: ["connection": .openObject, "flow": .string, "key": keyType,
                                                      "group": .list(unit)], tables: tables, lenient: false)
            grouped.variables["parent"] = scope.variables["parent"]
            grouped.variables["record"] = .object(ObjectShape(fields: ["key": keyType, "group": .list(unit)]))
            scope = grouped
        }
        for position in flow.lookups.indices {
            compileLookup(&flow.lookups[position], &scope)
        }
        var stepTypes: [String: ExprType] = [:]
        let base = located.locations["steps"] != nil ? "steps" : "write"
        for position in flow.steps.indices {
            scope.variables["steps"] = .object(ObjectShape(fields: stepTypes))
            let path = base == "steps" ? "steps[\(position)]" : "write"
            compileStep(&flow.steps[position], scope, path: path)
            let step = flow.steps[position]
            var recordType = ExprType.openObject
            if let system = step.system, let target = step.target, let fields = index.fields(system: system, source: target) {
                recordType = fields.recordType(models: models(system))
            }
            stepTypes[step.name] = .object(ObjectShape(fields: ["id": .int.optional, "record": recordType.optional]))
        }
        scope.variables["steps"] = .object(ObjectShape(fields: stepTypes))
        if var identity = flow.identity {
            compile(&identity, scope, expecting: .string)
            flow.identity = identity
        }
        if var version = flow.version {
            compile(&version, scope, expecting: nil)
            flow.version = version
        }
        return flow
    }
}

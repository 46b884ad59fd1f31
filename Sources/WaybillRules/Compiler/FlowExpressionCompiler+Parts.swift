import WaybillExpressions

extension FlowExpressionCompiler {
    /// Compiles a lookup's key and conditions, then adds the lookup's result type to the scope.
    mutating func compileLookup(_ lookup: inout Lookup, _ scope: inout ExpressionScope) {
        if var when = lookup.when {
            diagnostics += ExpressionCompiling.compile(&when, in: scope, expecting: .bool)
            lookup.when = when
        }
        var keyType: ExprType = .any
        var tableKey: ExprType?
        if case .table(let name) = lookup.kind { tableKey = tables[name]?.keyType }
        if var key = lookup.key {
            diagnostics += ExpressionCompiling.compile(&key, in: scope, expecting: tableKey)
            keyType = key.compiled?.type ?? .any
            lookup.key = key
        }
        let resultType: ExprType
        switch lookup.kind {
        case .table(let name):
            resultType = tables[name]?.valueType ?? .any
        case .find(var find, var create):
            let fields = index.fields(system: find.system, source: find.source) ?? [:]
            find.conditions = compileConditions(find.conditions, fields: fields, scope, extra: ["key": keyType])
            if var values = create {
                for position in values.indices {
                    let expected = fields[values[position].field]?.writeType
                    diagnostics += ExpressionCompiling.compile(&values[position].value, in: scope, adding: ["key": keyType],
                                                               expecting: expected, field: values[position].field)
                }
                create = values
            }
            lookup.kind = .find(find, create: create)
            resultType = Self.objectType(find.fields, fields, models: index.systems[find.system]?.models ?? [:])
        case .findAll(var find):
            let fields = index.fields(system: find.system, source: find.source) ?? [:]
            find.conditions = compileConditions(find.conditions, fields: fields, scope, extra: ["key": keyType])
            lookup.kind = .findAll(find)
            resultType = .list(Self.objectType(find.fields, fields, models: index.systems[find.system]?.models ?? [:]))
        case .findMany(var many):
            diagnostics += ExpressionCompiling.compile(&many.values, in: scope, expecting: .list(.any))
            lookup.kind = .findMany(many)
            resultType = .openObject
        }
        let isSure: Bool
        switch lookup.kind {
        case .find(_, let create): isSure = lookup.required || create != nil
        case .findAll: isSure = true
        default: isSure = lookup.required
        }
        scope.variables[lookup.name] = isSure && lookup.when == nil ? resultType : resultType.optional
    }

    /// Compiles `match`/`where` values, each expecting its field's type.
    mutating func compileConditions(_ terms: [DomainTerm], fields: [String: FieldType], _ scope: ExpressionScope,
                                    extra: [String: ExprType] = [:]) -> [DomainTerm] {
        terms.map { term in
            guard case .condition(let field, let op, .expression(var expression)) = term else { return term }
            let isList = ["in", "not in"].contains(op)
            let fieldType = fields[field]?.writeType
            let expected = isList ? fieldType.map { ExprType.list($0.nonOptional) } : fieldType?.nonOptional
            let likeOperator = op.contains("like")
            diagnostics += ExpressionCompiling.compile(&expression, in: scope, adding: extra,
                                                       expecting: likeOperator ? .string : expected.map { $0.optional },
                                                       field: field)
            return .condition(field: field, op: op, value: .expression(expression))
        }
    }

    /// Compiles a step's match, values, when and follow-ups.
    mutating func compileStep(_ step: inout Step, _ scope: ExpressionScope, path: String) {
        let fields = step.system.flatMap { system in step.target.flatMap { index.fields(system: system, source: $0) } } ?? [:]
        step.match = compileConditions(step.match, fields: fields, scope)
        for position in step.values.indices {
            let field = step.values[position].field
            diagnostics += ExpressionCompiling.compile(&step.values[position].value, in: scope,
                                                       expecting: fields[field]?.writeType, field: field)
        }
        if var when = step.when {
            diagnostics += ExpressionCompiling.compile(&when, in: scope, expecting: .bool)
            step.when = when
        }
        if var report = step.report {
            diagnostics += ExpressionCompiling.compile(&report.message, in: scope, expecting: .string)
            step.report = report
        }
        for position in step.then.indices {
            compileStep(&step.then[position], scope, path: "\(path).then[\(position)]")
        }
    }

    /// The object type of the listed fields of a schema (unknown fields are `any`).
    static func objectType(_ names: [String], _ fields: [String: FieldType], models: [String: ModelDefinition]) -> ExprType {
        var shape: [String: ExprType] = ["id": .int]
        for name in names {
            let head = String(name.split(separator: ".").first ?? Substring(name))
            shape[head] = fields[head]?.readType(models: models) ?? .any
        }
        return .object(ObjectShape(fields: shape, isOpen: names.contains { $0.contains(".") }))
    }
}

import WaybillExpressions
import WaybillRules

extension FlowProgram {
    /// The engine program of a flow of a compiled plan.
    public init(_ plan: FlowPlan) throws {
        try self.init(plan.definition)
        if sourceSystem.isEmpty { sourceSystem = plan.sourceSystem }
    }

    /// Compiles a flow of the rule language for the engine. Throws a configuration error for a
    /// construct the engine cannot run (e.g. `|` inside a `match`).
    public init(_ definition: FlowDefinition) throws {
        let expressions = ExpressionTranslator()
        var poll: PollProgram?
        if let trigger = definition.trigger.poll {
            poll = PollProgram(
                system: trigger.system, source: trigger.source.name, every: trigger.every.duration,
                domain: try trigger.domain.map(expressions.literalCondition), fields: definition.read.fields,
                cursor: trigger.cursor.map {
                    CursorProgram(field: $0.field, tieBreaker: $0.tieBreaker ?? "id", param: $0.param,
                                  lookback: $0.lookback?.duration ?? .zero)
                },
                query: try trigger.query.map { (name: $0.name, value: try expressions.compile($0.value)) })
        }
        let identity = try definition.identity.map(expressions.compile)
            ?? EngineExpression.template("\(definition.name):${id}")
        self.init(
            name: definition.name,
            sourceSystem: definition.trigger.webhook?.system ?? definition.trigger.poll?.system ?? "",
            poll: poll,
            dereference: definition.read.dereference,
            shape: UnitShape(each: definition.read.each, filter: try definition.read.filter.map(expressions.compile),
                             groupBy: try definition.read.groupBy.map(expressions.compile)),
            lookups: try definition.lookups.map(expressions.lookup),
            steps: try definition.steps.map(expressions.step),
            identity: identity,
            version: try definition.version.map(expressions.compile),
            versionIsTimestamp: definition.version?.compiled.map { Self.isTimestamp($0.type) } ?? false,
            ruleVersion: RuleVersion.of(definition))
    }

    /// A datetime, naive or zoned, possibly optional (a `date` has a day's resolution on purpose).
    static func isTimestamp(_ type: ExprType) -> Bool {
        switch type {
        case .datetime, .naiveDateTime: return true
        case .optional(let wrapped): return isTimestamp(wrapped)
        default: return false
        }
    }
}

/// Turns rule-language values into engine programs.
struct ExpressionTranslator {
    func compile(_ expression: RuleExpression) throws -> EngineExpression {
        let form: EngineExpression.Form = expression.form == .template ? .template : .expression
        if let compiled = expression.compiled?.expression { return EngineExpression(compiled: compiled, form: form) }
        do {
            return try EngineExpression(expression.source, form: expression.form == .template ? .template : .expression)
        } catch let error as EngineError {
            throw EngineError.configuration("\(expression.location.file):\(expression.location.line): \(error.message)")
        }
    }

    func literalCondition(_ term: DomainTerm) throws -> Condition {
        let field: String, op: String, value: DomainValue
        switch term {
        case .prefix(let symbol): return .prefix(symbol)
        case .condition(let name, let symbol, let right): (field, op, value) = (name, symbol, right)
        }
        switch value {
        case .literal(let literal): return Condition(field: field, op: op, value: Self.value(literal))
        case .expression(let expression):
            return Condition(field: field, op: op, value: try compile(expression).evaluate(
                UnitScope(unit: .object([:]), flow: "", connection: [:], tables: InMemoryLookupTables(),
                          now: .now)))
        }
    }

    func condition(_ term: DomainTerm) throws -> ConditionProgram {
        let field: String, op: String, value: DomainValue
        switch term {
        case .prefix(let symbol): return try .prefix(symbol)
        case .condition(let name, let symbol, let right): (field, op, value) = (name, symbol, right)
        }
        switch value {
        case .literal(let literal):
            return ConditionProgram(field: field, op: op, value: try EngineExpression(Self.value(literal).canonicalJSON))
        case .expression(let expression):
            return ConditionProgram(field: field, op: op, value: try compile(expression))
        }
    }

    func values(_ fields: [FieldValue]) throws -> [(field: String, value: EngineExpression)] {
        try fields.map { ($0.field, try compile($0.value)) }
    }

    func step(_ step: Step) throws -> StepProgram {
        let operation: StepProgram.Operation
        switch step.operation {
        case .create: operation = .create
        case .update: operation = .update
        case .upsert: operation = .upsert
        case .delete: operation = .delete
        case .call(let method): operation = .call(method)
        case .custom(let name): operation = .custom(name)
        case .report:
            guard let report = step.report else {
                throw EngineError.configuration("step `\(step.name)`: report step without `report:`")
            }
            operation = .report(ReportProgram(
                kind: report.kind, severity: report.severity.rawValue, message: try compile(report.message),
                metric: report.metric, alertThreshold: report.alertThreshold,
                alertWindow: report.alertWindow.map { Double($0.milliseconds) / 1000 } ?? 86_400))
        }
        var program = StepProgram(
            name: step.name, system: step.system, target: step.target?.name, operation: operation,
            match: try step.match.map(condition), values: try values(step.values),
            when: try step.when.map(compile), then: try step.then.map(self.step))
        program.context = step.context.mapValues(Self.value)
        return program
    }

    func lookup(_ lookup: Lookup) throws -> LookupProgram {
        let kind: LookupProgram.Kind
        switch lookup.kind {
        case .table(let table):
            kind = .table(table)
        case .find(let find, let create):
            kind = .find(system: find.system, target: find.source.name, conditions: try find.conditions.map(condition),
                         fields: find.fields, create: try create.map(values))
        case .findAll(let find):
            kind = .findAll(system: find.system, target: find.source.name, conditions: try find.conditions.map(condition),
                            fields: find.fields)
        case .findMany(let many):
            kind = .findMany(system: many.system, target: many.source.name, field: many.field,
                             values: try compile(many.values), fields: many.fields)
        }
        return LookupProgram(name: lookup.name, kind: kind, key: try lookup.key.map(compile), required: lookup.required,
                             when: try lookup.when.map(compile))
    }

    static func value(_ literal: LiteralValue) -> Value {
        switch literal {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(int)
        case .decimal(let text): return DecimalValue(text: text).map(Value.decimal) ?? .string(text)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(value))
        }
    }
}

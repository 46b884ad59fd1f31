import WaybillExpressions

/// Compiles every expression of every flow (and every system header template) once, typed
/// against the source and target schemas; expression diagnostics are rebased into the file.
enum ExpressionStage {
    static func compile(_ model: RuleModel, _ index: SchemaIndex)
        -> (flows: [FlowPlan], systems: [String: SystemDefinition], diagnostics: [Diagnostic]) {
        let tables = ExpressionScope.tables(index.tables)
        var diagnostics: [Diagnostic] = []
        var plans: [FlowPlan] = []
        for located in model.flows {
            var compiler = FlowExpressionCompiler(located: located, index: index, tables: tables)
            let flow = compiler.compile()
            diagnostics += compiler.diagnostics
            let source = FlowSource(located.value, index)
            plans.append(FlowPlan(definition: flow, sourceSystem: source?.system ?? "", source: source?.source,
                                  targetSystems: targetSystems(flow)))
        }
        var systems = index.systems
        let connectionScope = ExpressionScope(variables: ["connection": .openObject], tables: tables, lenient: false)
        for (name, system) in systems {
            var compiled = system
            for position in compiled.headers.indices {
                var expression = compiled.headers[position].value
                diagnostics += ExpressionCompiling.compile(&expression, in: connectionScope, expecting: .string)
                compiled.headers[position].value = expression
            }
            if var check = compiled.webhooks?.channelCheck {
                diagnostics += ExpressionCompiling.compile(&check.equals, in: connectionScope, expecting: nil)
                compiled.webhooks?.channelCheck = check
            }
            systems[name] = compiled
        }
        return (plans, systems, diagnostics)
    }

    private static func targetSystems(_ flow: FlowDefinition) -> [String] {
        var names: [String] = []
        for lookup in flow.lookups {
            switch lookup.kind {
            case .find(let find, _), .findAll(let find): names.append(find.system)
            case .findMany(let many): names.append(many.system)
            case .table: break
            }
        }
        names += flow.steps.compactMap(\.system)
        if let poll = flow.trigger.poll { names.append(poll.system) }
        return names.reduce(into: [String]()) { list, name in if !list.contains(name) { list.append(name) } }
    }
}

/// Compiles one rule expression and turns its diagnostics into file diagnostics.
enum ExpressionCompiling {
    static func compile(_ expression: inout RuleExpression, in scope: ExpressionScope, adding extra: [String: ExprType] = [:],
                        expecting: ExprType?, field: String? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var environment = scope.environment(adding: extra)
        if scope.lenient {
            for name in FreeNames.scan(expression.source, template: expression.form == .template)
            where environment.variables[name] == nil {
                environment.variables[name] = .any
            }
        }
        let result: CompileResult
        switch expression.form {
        case .expression:
            result = Expressions.compile(expression.source, in: environment, expecting: expecting)
        case .template:
            result = Expressions.compileTemplate(expression.source, in: environment)
            if let expecting, !ExprType.string.isAssignable(to: expecting) {
                diagnostics.append(templateMismatch(expression, expecting: expecting, field: field))
            }
        }
        for problem in result.diagnostics {
            diagnostics.append(Diagnostic(
                DiagnosticCode(rawValue: problem.code), at: expression.location(of: problem.range), problem.message,
                severity: problem.severity == .error ? .error : .warning,
                suggestion: problem.suggestion.map(Self.bareSuggestion)))
        }
        if let compiled = result.expression, let type = result.type, diagnostics.allSatisfy({ $0.severity != .error }) {
            expression.compiled = CompiledRuleExpression(expression: compiled, type: type)
        }
        return diagnostics
    }

    private static func templateMismatch(_ expression: RuleExpression, expecting: ExprType, field: String?) -> Diagnostic {
        let location = expression.location.shifted(by: 0, length: expression.location.length)
        if expecting.nonOptional == .bool {
            return Diagnostic(.notACondition, at: location,
                              "this condition is quoted text (a string), not a bool expression",
                              notes: ["in quotes, start an expression with `=`: \"=\(expression.source)\""])
        }
        let target = field.map { "`\($0)` is \(expecting)" } ?? "a \(expecting) is expected"
        return Diagnostic(.typeMismatch, at: location, "quoted text is a string, but \(target)",
                          notes: ["remove the quotes to write an expression, or convert with to_decimal(…) / to_int(…)"])
    }

    /// "did you mean `x`?" → "x" (the renderer adds the wording).
    static func bareSuggestion(_ text: String) -> String {
        if let start = text.firstIndex(of: "`"), let end = text[text.index(after: start)...].firstIndex(of: "`") {
            return String(text[text.index(after: start)..<end])
        }
        return text
    }
}

/// Compiles every expression of every flow against the types of its source and target schemas,
/// rebasing expression diagnostics into the file. (Placeholder until WaybillExpressions lands.)
enum ExpressionStage {
    static func compile(_ model: RuleModel, _ index: SchemaIndex) -> ([FlowPlan], [Diagnostic]) {
        let flows = model.flows.map { located -> FlowPlan in
            let source = FlowSource(located.value, index)
            return FlowPlan(definition: located.value, sourceSystem: source?.system ?? "", source: source?.source,
                            targetSystems: [])
        }
        return (flows, [])
    }
}

/// Prints one flow of a plan for people (`waybill rules plan FLOW`) or as JSON (`--format json`).
public enum PlanPrinter {
    /// Readable text: trigger, cursor, reads, lookups, steps, identity, policies.
    public static func text(_ flow: FlowPlan, in plan: Plan) -> String {
        tree(flow, in: plan).renderText().joined(separator: "\n")
    }

    /// The same content as JSON (keys in a stable, meaningful order).
    public static func json(_ flow: FlowPlan, in plan: Plan) -> String {
        tree(flow, in: plan).renderJSON()
    }

    static func tree(_ flow: FlowPlan, in plan: Plan) -> PlanTree {
        let definition = flow.definition
        var entries: [(String, PlanTree)] = [("flow", .text(definition.name))]
        if let pack = definition.pack { entries.append(("pack", .text(pack))) }
        if let description = definition.description { entries.append(("description", .text(description))) }
        entries.append(("trigger", PlanTreeParts.trigger(definition.trigger)))
        entries.append(("source", .object([("system", .text(flow.sourceSystem)),
                                           ("records", .text(flow.source.map(PlanTreeParts.describe) ?? "untyped"))])))
        entries.append(("read", PlanTreeParts.read(definition.read)))
        entries.append(("lookups", .list(definition.lookups.map(PlanTreeParts.lookup))))
        entries.append(("steps", .list(definition.steps.map(PlanTreeParts.step))))
        entries.append(("identity", .text(definition.identity.map(PlanTreeParts.expression) ?? "payload hash")))
        entries.append(("version", .text(definition.version.map(PlanTreeParts.expression) ?? "payload hash")))
        let systems = ([flow.sourceSystem] + flow.targetSystems).reduce(into: [String]()) { list, name in
            if !list.contains(name) { list.append(name) }
        }
        entries.append(("policies", .list(systems.compactMap { plan.systems[$0] }.map(PlanTreeParts.policy))))
        return .object(entries)
    }
}

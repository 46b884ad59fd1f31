/// The compiled rules: everything the engine needs to run, as Sendable values. Every expression
/// in it is compiled once (`RuleExpression.compiled`). Produced by `RuleSet.load(paths:)`.
public struct Plan: Sendable {
    /// Flows by name order.
    public var flows: [FlowPlan]
    /// Systems by name, with named field types resolved and naive datetimes carrying their zone.
    public var systems: [String: SystemDefinition]
    /// Lookup tables by name.
    public var tables: [String: TableDefinition]
    /// Tenants and their connections, when a connections file was loaded.
    public var connections: ConnectionsDefinition?

    /// The flow with a name.
    public func flow(_ name: String) -> FlowPlan? { flows.first { $0.definition.name == name } }
}

/// One compiled flow with what the compiler resolved about it.
public struct FlowPlan: Sendable {
    /// The flow as written, every expression compiled.
    public var definition: FlowDefinition
    /// The system the flow's records come from (the webhook's, else the poll's).
    public var sourceSystem: String
    /// The resource or model of those records, when the compiler could tell.
    public var source: RecordSource?
    /// The systems the flow writes to or finds in (for their retry and rate policies).
    public var targetSystems: [String]

    /// The flow's name.
    public var name: String { definition.name }
}

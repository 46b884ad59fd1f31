import WaybillExpressions
import WaybillRules

/// Turns loaded rules and a connections file into the engine's assignments: for every tenant,
/// the flows of its packs (minus exclusions) whose systems it has connections for, with one
/// client per connection shared by all of them.
public struct RuntimeBuilder: Sendable {
    /// Flows of the rules.
    public var flows: [FlowDefinition]
    /// Systems by name.
    public var systems: [String: SystemDefinition]
    /// Lookup tables by name.
    public var tables: [String: TableDefinition]

    /// Creates a builder.
    public init(flows: [FlowDefinition], systems: [String: SystemDefinition], tables: [String: TableDefinition]) {
        self.flows = flows
        self.systems = systems
        self.tables = tables
    }

    /// What was built, and the flows left out with the reason.
    public struct Result: Sendable {
        /// Flow/tenant pairs to run.
        public var assignments: [(flow: FlowProgram, tenant: TenantRuntime)]
        /// `tenant/flow: reason` for flows not assigned.
        public var skipped: [String]
    }

    /// The rule tables, for `lookup()` in expressions.
    public var lookupTables: InMemoryLookupTables { InMemoryLookupTables(tables.mapValues(Self.rows)) }

    /// Builds the assignments; `secret(name)` reads a secret from the vault by name.
    public func build(
        connections: ConnectionsDefinition, factory: any SystemClientFactory,
        secret: @escaping @Sendable (String) async throws -> String
    ) async throws -> Result {
        let programs = try flows.map { try ($0, FlowProgram($0)) }
        let lookupTables = self.lookupTables
        var result = Result(assignments: [], skipped: [])
        for tenant in connections.tenants {
            var clients: [String: any SystemClient] = [:]
            var settings: [String: Value] = [:]
            for connection in tenant.connections {
                guard let system = systems[connection.system] else {
                    throw EngineError.configuration("tenant `\(tenant.name)`: unknown system `\(connection.system)`")
                }
                let slots = connection.secrets
                clients[connection.system] = try await factory.makeClient(
                    system: system, connection: connection, tenant: tenant.name,
                    secret: { slot in
                        guard let name = slots[slot] else {
                            throw EngineError.configuration("no secret for slot `\(slot)` of `\(connection.system)`")
                        }
                        return try await secret(name)
                    })
                for (name, literal) in connection.settings { settings[name] = ExpressionTranslator.value(literal) }
            }
            let runtime = TenantRuntime(name: tenant.name, clients: ClientDirectory(clients), tables: lookupTables,
                                        settings: settings)
            for (definition, program) in programs {
                if !tenant.packs.isEmpty, !tenant.packs.contains(definition.pack ?? "") { continue }
                if tenant.excludedFlows.contains(definition.name) { continue }
                let missing = Self.systems(of: definition).subtracting(clients.keys).sorted()
                guard missing.isEmpty else {
                    result.skipped.append("\(tenant.name)/\(definition.name): no connection for \(missing.joined(separator: ", "))")
                    continue
                }
                result.assignments.append((program, runtime))
            }
        }
        return result
    }

    /// Every system a flow reads from, finds in or writes to (a tenant needs a connection to each).
    public static func systems(of flow: FlowDefinition) -> Set<String> {
        var names: Set<String> = []
        if let poll = flow.trigger.poll { names.insert(poll.system) }
        if let webhook = flow.trigger.webhook { names.insert(webhook.system) }
        func add(_ step: Step) {
            if let system = step.system { names.insert(system) }
            step.then.forEach(add)
        }
        flow.steps.forEach(add)
        for lookup in flow.lookups {
            switch lookup.kind {
            case .table: break
            case .find(let find, _), .findAll(let find): names.insert(find.system)
            case .findMany(let many): names.insert(many.system)
            }
        }
        return names
    }

    static func rows(_ table: TableDefinition) -> [Value: Value] {
        var rows: [Value: Value] = [:]
        for row in table.rows {
            let value = table.columns == nil
                ? ExpressionTranslator.value(row.value)
                : .object(row.cells.mapValues(ExpressionTranslator.value))
            rows[ExpressionTranslator.value(row.key)] = value
        }
        return rows
    }
}

import Foundation
import WaybillExpressions
import WaybillRules
import WaybillStore

/// Runs one flow offline on given source records (`waybill rules test`): the records are shaped
/// into units (each, filter, group), and each unit goes through the real interpreter — identity,
/// version, lookups, mapping, conditions, match-before-create, follow-up steps — against
/// ``DryRunClient``s, so nothing is sent anywhere. Bindings live in a throw-away store, so a
/// later unit with the same identity sees the earlier one's write, as in production.
public struct FlowRehearsal: Sendable {
    /// What happened to one unit.
    public struct UnitResult: Sendable {
        /// The unit's identity, when it could be computed.
        public var identity: String?
        /// The unit's source version, when it could be computed.
        public var version: String?
        /// The calls it would have made, in order.
        public var calls: [DryRunCall]
        /// The target ids written or adopted.
        public var targetIDs: [String]
        /// Why it failed (a mapping error, a refused call), or nil.
        public var error: String?
    }

    /// The flow to run.
    public let flow: FlowProgram
    /// The systems the flow touches; each gets a ``DryRunClient``.
    public let systems: Set<String>
    /// Rule tables for `lookup()`.
    public let tables: any LookupTables
    /// The connection settings visible as `connection.<name>`.
    public let settings: [String: Value]
    /// Fixture records answering `find`, by system and then target.
    public let fixtures: [String: [String: [Value]]]
    /// Each system's record id field by target (a REST resource's `id_field`).
    let idFields: [String: [String: String]]

    /// A rehearsal of `definition` with the plan's systems (for their resources' id fields) and
    /// tables.
    public init(
        definition: FlowDefinition, systems: [String: SystemDefinition], tables: [String: TableDefinition],
        settings: [String: Value] = [:], fixtures: [String: [String: [Value]]] = [:]
    ) throws {
        flow = try FlowProgram(definition)
        self.systems = RuntimeBuilder.systems(of: definition)
        idFields = systems.mapValues { system in system.resources.compactMapValues(\.idField) }
        self.tables = RuntimeBuilder(flows: [definition], systems: [:], tables: tables).lookupTables
        self.settings = settings
        self.fixtures = fixtures
    }

    /// Runs `records` (webhook bodies or polled records) at `now`; one result per unit.
    public func run(_ records: [Value], now: Date = Date()) async throws -> [UnitResult] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-rehearsal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStateStore(path: folder.appendingPathComponent("rehearsal.sqlite").path,
                                         configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let log = DryRunLog()
        var clients: [String: any SystemClient] = [:]
        for system in systems {
            clients[system] = DryRunClient(system: system, fixtures: fixtures[system] ?? [:],
                                           idFields: idFields[system] ?? [:], log: log)
        }
        let tenant = TenantRuntime(name: "rehearsal", clients: ClientDirectory(clients), tables: tables,
                                   settings: settings)
        let interpreter = UnitInterpreter(flow: flow, tenant: tenant, store: store)
        let units = try flow.shape.units(from: records) { interpreter.scope(for: $0, now: now) }
        let cache = LookupCache()
        var results: [UnitResult] = []
        for unit in units {
            var result = UnitResult(identity: nil, version: nil, calls: [], targetIDs: [], error: nil)
            do {
                let job = try interpreter.job(for: unit, now: now)
                result.identity = job.identity
                result.version = job.sourceVersion
                var audit = AuditTrail(jobID: nil, flow: flow.name, connection: tenant.name, sourceID: job.identity)
                result.targetIDs = try await interpreter.run(unit: unit, identity: job.identity, now: now,
                                                             trace: CallTrace(), cache: cache, audit: &audit)
            } catch {
                result.error = "\(error)"
            }
            result.calls = log.drain()
            results.append(result)
        }
        return results
    }
}

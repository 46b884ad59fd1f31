import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillSimulators
import WaybillStore

/// The Odoo simulator over loopback HTTP (real XML-RPC / JSON-2 through the connectors) as the
/// source of a product flow; the target is an in-memory system.
@Suite("Odoo simulator over loopback")
struct OdooLoopbackTests {
    static func flow() throws -> FlowProgram {
        FlowProgram(
            name: "products", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60),
                              fields: ["id", "default_code", "name", "write_date"],
                              cursor: CursorProgram(lookback: .seconds(600)), pageSize: 7),
            steps: [StepProgram(
                name: "product", system: "shipstation", target: "products", operation: .create,
                match: [ConditionProgram(field: "sku", op: "=", value: try EngineExpression("to_string(id)"))],
                values: [("sku", try EngineExpression("to_string(id)")), ("name", try EngineExpression("name"))])],
            identity: try .template("odoo:product:${id}"), version: try EngineExpression("write_date"))
    }

    func withOdoo(
        _ version: OdooVersion, _ body: (OdooSimulator, Engine, FakeSystem) async throws -> Void
    ) async throws {
        let simulator = OdooSimulator(version: version)
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        let url = try await server.start()
        do {
            let odoo = try ConnectorClientFactory.odooClient(
                baseURL: url, database: "waybill", login: "admin", apiKey: OdooCredentials().apiKey)
            let target = FakeSystem(name: "shipstation")
            let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
            let tenant = TenantRuntime(name: "acme", clients: ClientDirectory(["odoo": odoo, "shipstation": target]))
            let engine = Engine(flows: [try Self.flow()], tenants: [tenant], store: store,
                                configuration: EngineConfiguration(workers: 4, owner: "it"))
            try await body(simulator, engine, target)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("poll flow end to end: every product written once; a second run writes nothing",
          arguments: [OdooVersion.v17, .v19])
    func pollEndToEnd(version: OdooVersion) async throws {
        try await withOdoo(version) { simulator, engine, target in
            let first = try await engine.runOnce(clock: ContinuousClock(), now: { Date() })
            let read = first.polls.first?.read ?? 0
            #expect(read > 0)
            #expect(first.succeeded == read)
            #expect(target.records("products").count == read)

            let second = try await engine.runOnce(clock: ContinuousClock(), now: { Date() })
            #expect(second.polls.first?.enqueued == 0)
            #expect(target.writeLog().count == read)

            let audit = try await engine.store.auditEvents(AuditQuery(limit: 100_000))
            // One match (find) and one create per product, each audited with its URL and status.
            #expect(audit.filter { $0.kind == .call }.count == 2 * read)
            #expect(!audit.contains { $0.detail.contains(OdooCredentials().apiKey) })
        }
    }
}

import Foundation
import WaybillEngine
import WaybillExpressions
import WaybillStore

/// A product flow (Odoo `product.product` → target `products`) over fake systems and a real
/// SQLite store in a temporary file, with a hand-driven `now`.
final class Harness: @unchecked Sendable {
    let odoo = FakeSystem(name: "odoo", host: "odoo.example")
    let target = FakeSystem(name: "shipstation", host: "ss.example")
    let store: SQLiteStateStore
    let engine: Engine
    var now = Date(timeIntervalSince1970: 1_780_000_000)

    init(flow: FlowProgram? = nil, retry: RetryPolicy = .default) throws {
        store = try SQLiteStateStore.temporary(
            configuration: SQLiteStoreConfiguration(synchronous: .normal, random: .seeded(7)))
        let tenant = TenantRuntime(
            name: "acme", clients: ClientDirectory(["odoo": odoo, "shipstation": target]),
            tables: InMemoryLookupTables(["warehouses": [.int(1): .string("WH-EAST")]]))
        engine = Engine(flows: [try flow ?? Self.productFlow()], tenants: [tenant], store: store,
                        configuration: EngineConfiguration(workers: 4, retryPolicy: retry, owner: "test"))
    }

    static func productFlow(lookback: Duration = .seconds(600), pageSize: Int = 50) throws -> FlowProgram {
        FlowProgram(
            name: "products", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60),
                              cursor: CursorProgram(lookback: lookback), pageSize: pageSize),
            steps: [
                StepProgram(
                    name: "product", system: "shipstation", target: "products", operation: .create,
                    match: [ConditionProgram(field: "sku", op: "=", value: try EngineExpression("default_code"))],
                    values: [
                        ("sku", try EngineExpression("default_code")),
                        ("name", try EngineExpression("upper(name)")),
                        ("warehouse", try EngineExpression("lookup('warehouses', 1)")),
                    ])
            ],
            identity: try .template("odoo:product:${id}"), version: try EngineExpression("write_date"))
    }

    func product(_ id: Int, _ writeDate: String, name: String? = nil) {
        odoo.insert("product.product", [
            "id": .int(id), "write_date": .string(writeDate), "default_code": .string("SKU-\(id)"),
            "name": .string(name ?? "product \(id)"),
        ])
    }

    func poll() async throws -> PollReport {
        let reports = try await engine.poll(now: now)
        return reports.first ?? PollReport(flow: "", tenant: "")
    }

    func process() async throws -> RunSummary {
        try await engine.processDue(now: now)
    }

    /// Runs due jobs, advancing `now` past every backoff, until no job is active.
    func converge(maxRounds: Int = 50) async throws -> RunSummary {
        var total = RunSummary()
        for _ in 0..<maxRounds {
            let round = try await process()
            total.retried += round.retried
            total.succeeded += round.succeeded
            total.deadLettered += round.deadLettered
            if try await !engine.hasActiveJobs() { break }
            now = now.addingTimeInterval(30)
        }
        return total
    }

    func audit(kind: AuditKind? = nil) async throws -> [AuditEvent] {
        let events = try await store.auditEvents(AuditQuery(limit: 100_000))
        return kind.map { kind in events.filter { $0.kind == kind } } ?? events
    }
}

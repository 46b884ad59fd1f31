import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillStore

/// A target that never answers until the calling task is cancelled: a wait for a rate budget
/// window, or a call that hangs.
struct HangingSystem: SystemClient {
    func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value] { [] }
    func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value] { [] }
    func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String {
        // Blocks until cancelled (the hour is never reached: the engine interrupts it).
        try await Task.sleep(for: .seconds(3600))
        return "never"
    }
    func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws {}
    func delete(_ target: String, id: String, trace: CallTrace) async throws {}
    func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace)
        async throws {}
    func fetch(_ url: URL, trace: CallTrace) async throws -> Value { .null }
    func owns(_ url: URL) -> Bool { false }
}

/// SIGTERM semantics: after `stop()`, no new job starts, jobs still running after the grace
/// period are interrupted without counting an attempt, and their leases are released.
@Suite("Shutdown interrupts waiting jobs")
struct ShutdownInterruptTests {
    @Test("stop during a hanging write: processDue returns, the job is pending again with 0 attempts")
    func interrupt() async throws {
        let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let odoo = FakeSystem(name: "odoo", host: "odoo.example")
        let flow = FlowProgram(
            name: "products", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60)),
            steps: [StepProgram(name: "product", system: "slow", target: "products", operation: .create,
                                values: [("sku", try EngineExpression("default_code"))])],
            identity: try .template("odoo:product:${id}"))
        var configuration = EngineConfiguration(workers: 2, owner: "test", idleWait: .milliseconds(5))
        configuration.shutdownGrace = .milliseconds(20)
        let engine = Engine(
            flows: [flow], tenants: [TenantRuntime(name: "acme", clients: ClientDirectory(["odoo": odoo, "slow": HangingSystem()]))],
            store: store, configuration: configuration)
        for id in 1...5 {
            odoo.insert("product.product", ["id": .int(id), "default_code": .string("SKU-\(id)")])
        }
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        _ = try await engine.poll(now: now)
        let running = Task { try await engine.processDue(now: now) }
        // Wait until both workers are inside the hanging write.
        while try await store.jobCounts().filter({ $0.state == .leased }).reduce(0, { $0 + $1.count }) == 0 {
            await Task.yield()
        }
        engine.stop()
        let summary = try await running.value
        #expect(summary.succeeded == 0)
        #expect(summary.retried == 0)
        #expect(summary.deadLettered == 0)
        _ = try await store.release(nil, owner: "test", now: now)
        let counts = try await store.jobCounts()
        #expect(counts.filter { $0.state == .pending }.reduce(0) { $0 + $1.count } == 5)
        for id in 1...5 {
            let job = try #require(try await store.job(JobID(id)))
            #expect(job.lifecycle.attempts == 0)
        }
    }
}

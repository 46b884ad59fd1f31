import Foundation
import Testing
@testable import WaybillEngine
import WaybillExpressions
import WaybillStore

/// The worker pool runs without rounds: it leases the next jobs while workers are busy, yet jobs
/// of one identity still run one at a time and in queue order, across leases.
@Suite("Continuous workers")
struct ContinuousWorkersTests {
    private static func job(_ id: JobID, _ identity: String) -> Job {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        return Job(id: id, spec: NewJob(flow: "f", connection: "acme", identity: identity, sourceVersion: "v\(id)",
                                        payload: Data("{}".utf8)),
                   lifecycle: JobLifecycle(runAt: now), replays: 0, createdAt: now, updatedAt: now)
    }

    @Test("the queue hands out one job per identity at a time, in id order, across leases")
    func queueSequencesIdentities() throws {
        var queue = LeasedJobQueue()
        queue.add([Self.job(3, "b"), Self.job(1, "a"), Self.job(2, "a")])
        var handed: [JobID?] = []
        func take() -> (key: String, job: Job)? {
            let next = queue.next()
            handed.append(next?.job.id)
            return next
        }
        let first = try #require(take())
        _ = take()                              // b's job: a's second waits while a's first runs
        _ = take()                              // nothing: a is busy, b is running
        let waiting = queue.count
        // A later lease brings more of `a` and a new `c`: `a`'s queue behind what is there.
        queue.add([Self.job(5, "a"), Self.job(4, "c")])
        _ = take()                              // c
        _ = take()                              // nothing
        queue.finish(first.key)
        _ = take()                              // a's second
        _ = take()                              // nothing: a busy again
        queue.finish(first.key)
        _ = take()                              // a's third (from the later lease)
        #expect(waiting == 1)
        #expect(handed == [1, 3, nil, 4, nil, 2, nil, 5])
        #expect(queue.count == 0)
    }

    @Test("more jobs than one lease: every job runs once, versions of one record in order")
    func manyLeasesKeepOrder() async throws {
        let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let odoo = FakeSystem(name: "odoo", host: "odoo.example")
        let target = FakeSystem(name: "shipstation", host: "ss.example")
        let flow = FlowProgram(
            name: "products", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60)),
            steps: [StepProgram(
                name: "product", system: "shipstation", target: "products", operation: .create,
                match: [ConditionProgram(field: "sku", op: "=", value: try EngineExpression("default_code"))],
                values: [("sku", try EngineExpression("default_code")), ("name", try EngineExpression("name"))])],
            identity: try .template("odoo:product:${id}"))
        let engine = Engine(
            flows: [flow], tenants: [TenantRuntime(name: "acme", clients: ClientDirectory(["odoo": odoo, "shipstation": target]))],
            store: store, configuration: EngineConfiguration(workers: 4, leaseBatch: 5, owner: "test"))
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        var jobs: [NewJob] = []
        for version in 1...4 {
            for id in 1...6 {
                let unit = "{\"id\":\(id),\"default_code\":\"SKU-\(id)\",\"name\":\"n\(id)-v\(version)\"}"
                jobs.append(NewJob(flow: "products", connection: "acme", identity: "odoo:product:\(id)",
                                   sourceVersion: "v\(version)", payload: Data(unit.utf8)))
            }
        }
        _ = try await store.enqueue(jobs, now: now)
        let summary = try await engine.processDue(now: now)
        #expect(summary.succeeded == 24)
        #expect(summary.retried + summary.deadLettered + summary.leaseLost == 0)
        #expect(try await engine.hasActiveJobs() == false)
        let records = target.records("products")
        #expect(records.count == 6, "one record per identity: no two versions ran at once")
        #expect(target.writeLog().filter { $0.hasPrefix("create") }.count == 6)
        for record in records {
            guard case .string(let sku)? = record["sku"], case .string(let name)? = record["name"] else {
                Issue.record("record without sku or name")
                continue
            }
            #expect(name == "n\(sku.dropFirst(4))-v4", "the last version is written last")
        }
        let results = try await store.auditEvents(AuditQuery(limit: 1000)).filter { $0.kind == .result }
        #expect(results.count == 24)
    }
}

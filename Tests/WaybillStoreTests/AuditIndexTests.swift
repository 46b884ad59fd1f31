import Foundation
import GRDB
import Testing
@testable import WaybillStore

/// Audit events keep two indexes fewer since migration v2 (no `audit_at`, no `audit_job`):
/// retention and job lookups go through the remaining indexes and still return exactly the
/// right events.
@Suite struct AuditIndexTests {
    private func event(_ flow: String, at: Date, job: JobID? = nil, source: String? = nil) -> AuditEvent {
        AuditEvent(jobID: job, flow: flow, connection: "acme", sourceID: source, kind: .received, at: at)
    }

    @Test func pruneDeletesOldEventsOfEveryFlow() async throws {
        let store = try makeStore()
        var events: [AuditEvent] = []
        for flow in ["", "orders", "products", "zeta"] {
            events += (0..<5).map { event(flow, at: t0.plus(Double($0) * 10)) }
        }
        try await store.appendAudit(events)
        let report = try await store.prune(Retention(auditBefore: t0.plus(25)))
        #expect(report.auditEvents == 12, "three of five per flow are older than 25 s")
        for flow in ["", "orders", "products", "zeta"] {
            let left = try await store.read { db in
                try Double.fetchAll(db, sql: "SELECT at FROM audit_events WHERE flow = ? ORDER BY at", arguments: [flow])
            }
            #expect(left == [t0.plus(30), t0.plus(40)].map(\.timeIntervalSince1970), "flow \(flow)")
        }
    }

    @Test func aJobsEventsAreFoundThroughItsIdentity() async throws {
        let store = try makeStore()
        let ids = try await store.enqueue([newJob("o-1", version: "v1"), newJob("o-1", version: "v2"), newJob("o-2")],
                                          now: t0)
        let first = try #require(ids[0]), second = try #require(ids[1]), other = try #require(ids[2])
        try await store.appendAudit([
            event("orders", at: t0, job: first, source: "o-1"),
            event("orders", at: t0.plus(1), job: second, source: "o-1"),
            event("orders", at: t0.plus(2), job: first, source: "o-1"),
            event("orders", at: t0.plus(3), job: other, source: "o-2"),
        ])
        let trail = try await store.auditEvents(AuditQuery(jobID: first))
        #expect(trail.map(\.at) == [t0, t0.plus(2)])
        #expect(trail.allSatisfy { $0.jobID == first })
        #expect(try await store.auditEvents(AuditQuery(jobID: other)).count == 1)
        let plan = try await store.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id FROM audit_events WHERE source_id = ? AND job_id = ? ORDER BY at, id
                """, arguments: ["o-1", first]).map { row -> String in row["detail"] }.joined(separator: " ")
        }
        #expect(plan.contains("audit_source"), "plan: \(plan)")
    }

    @Test func aPrunedJobsEventsAreStillFound() async throws {
        let store = try makeStore()
        let ids = try await store.enqueue([newJob("o-9")], now: t0)
        let job = try #require(ids[0])
        let leased = try await store.lease(limit: 1, owner: "w", now: t0, duration: .seconds(30))
        #expect(leased.map(\.id) == [job])
        try await store.complete(job, owner: "w", now: t0, audit: [event("orders", at: t0, job: job, source: "o-9")])
        #expect(try await store.prune(Retention(succeededJobsBefore: t0.plus(1))).jobs == 1)
        #expect(try await store.auditEvents(AuditQuery(jobID: job)).count == 1)
    }

    @Test func aVersion1StoreIsUpgradedInPlace() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("store.sqlite").path
        do {
            let pool = try DatabasePool(path: path)
            try SQLiteStateStore.migrator.migrate(pool, upTo: "v1")
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO audit_events (job_id, flow, connection, source_id, kind, detail, at)
                    VALUES (1, 'orders', 'acme', 'o-1', 'received', '{}', 1800000000)
                    """)
            }
            let before = try await pool.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_events'")
            }
            #expect(Set(before).isSuperset(of: ["audit_at", "audit_job"]))
            try pool.close()
        }
        let store = try SQLiteStateStore(path: path)
        let indexes = try await store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_events'")
        }
        #expect(Set(indexes) == ["audit_source", "audit_target", "audit_flow"])
        #expect(try await store.auditEvents(AuditQuery(sourceID: "o-1")).count == 1, "events survive the upgrade")
    }
}

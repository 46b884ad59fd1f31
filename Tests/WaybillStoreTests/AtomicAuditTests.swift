import Foundation
import GRDB
import Testing
@testable import WaybillStore

/// A job's new state and its audit events commit in one transaction: a crash (here, an audit insert
/// that fails) never leaves a succeeded or dead-lettered job without the events that explain it.
@Suite struct AtomicAuditTests {
    private func event(_ job: JobID, _ kind: AuditKind, source: String? = nil) -> AuditEvent {
        AuditEvent(jobID: job, flow: "orders", connection: "acme", sourceID: source ?? "o\(job)", kind: kind, at: t0)
    }

    /// Makes every audit insert fail, as a crash in the middle of the transaction would.
    private func breakAudit(_ store: SQLiteStateStore) async throws {
        try await store.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
                BEGIN SELECT RAISE(ABORT, 'simulated crash'); END
                """)
        }
    }

    private func repairAudit(_ store: SQLiteStateStore) async throws {
        try await store.write { db in try db.execute(sql: "DROP TRIGGER refuse_audit") }
    }

    @Test func aCompletionIsNotKeptWithoutItsAudit() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a"), newJob("b"), newJob("c")], now: t0)
        let jobs = try await store.lease(limit: 3, owner: "w", now: t0, duration: .seconds(60))
        try await breakAudit(store)
        await #expect(throws: StoreError.self) {
            try await store.complete(jobs[0].id, owner: "w", now: t0, audit: [event(jobs[0].id, .result)])
        }
        await #expect(throws: StoreError.self) {
            _ = try await store.complete(jobs.map(\.id), owner: "w", now: t0, audit: jobs.map { event($0.id, .result) })
        }
        for job in jobs { #expect(try await store.job(job.id)?.state == .leased) }

        try await repairAudit(store)
        let completed = try await store.complete(jobs.map(\.id), owner: "w", now: t0,
                                                 audit: jobs.map { event($0.id, .result) })
        #expect(completed.count == 3)
        let results = try await store.auditEvents(AuditQuery(flow: "orders")).filter { $0.kind == .result }
        #expect(results.compactMap(\.jobID).sorted() == jobs.map(\.id).sorted())
    }

    @Test func aFailureIsNotKeptWithoutItsAudit() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a")], now: t0)
        let job = try #require(try await store.lease(limit: 1, owner: "w", now: t0, duration: .seconds(60)).first)
        try await breakAudit(store)
        await #expect(throws: StoreError.self) {
            _ = try await store.fail(job.id, owner: "w", failure: .permanent("422"), policy: .default, now: t0) { _ in
                [self.event(job.id, .deadLetter)]
            }
        }
        #expect(try await store.job(job.id)?.state == .leased)

        try await repairAudit(store)
        let action = try await store.fail(job.id, owner: "w", failure: .permanent("422"), policy: .default, now: t0) {
            action in action == .deadLetter ? [self.event(job.id, .deadLetter, source: job.identity)] : []
        }
        #expect(action == .deadLetter)
        #expect(try await store.job(job.id)?.state == .dead)
        let events = try await store.auditEvents(AuditQuery(jobID: job.id))
        #expect(events.map(\.kind) == [.deadLetter])
    }

    @Test func aBatchKeepsOnlyTheEventsOfTheJobsItCompleted() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a"), newJob("b")], now: t0)
        let mine = try await store.lease(limit: 2, owner: "w1", now: t0, duration: .seconds(10))
        let stolen = try #require(try await store.lease(limit: 1, owner: "w2", now: t0.plus(10), duration: .seconds(60)).first)
        let completed = try await store.complete(mine.map(\.id), owner: "w1", now: t0.plus(11),
                                                 audit: mine.map { event($0.id, .result) })
        let kept = try #require(completed.first)
        #expect(completed.count == 1 && kept != stolen.id)
        let results = try await store.auditEvents(AuditQuery(flow: "orders")).filter { $0.kind == .result }
        #expect(results.map(\.jobID) == [kept])
    }
}

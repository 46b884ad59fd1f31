import Foundation
import Testing
import WaybillStore

@Suite struct RetentionTests {
    @Test func pruneDeletesOnlyOldHistory() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("old"), newJob("dead"), newJob("active")], now: t0)
        let jobs = try await store.lease(limit: 2, owner: "w", now: t0, duration: .seconds(30))
        try await store.complete(jobs[0].id, owner: "w", now: t0)
        _ = try await store.fail(jobs[1].id, owner: "w", failure: .permanent("bad"), policy: .default, now: t0)
        _ = try await store.enqueue([newJob("new")], forDelivery: WebhookDelivery(connection: "acme", system: "s", deliveryID: "d1"), now: t0)
        _ = try await store.enqueue([], forDelivery: WebhookDelivery(connection: "acme", system: "s", deliveryID: "d2"), now: t0.plus(100))
        try await store.appendAudit([
            AuditEvent(flow: "orders", connection: "acme", kind: .received, at: t0),
            AuditEvent(flow: "orders", connection: "acme", kind: .received, at: t0.plus(100)),
        ])
        let report = try await store.prune(
            Retention(succeededJobsBefore: t0.plus(50), deliveriesBefore: t0.plus(50), auditBefore: t0.plus(50)))
        #expect(report == PruneReport(jobs: 1, deliveries: 1, auditEvents: 1))
        #expect(try await store.job(jobs[0].id) == nil)
        #expect(try await store.job(jobs[1].id)?.state == .dead, "dead letters are kept")
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 3)
        #expect(try await store.prune(Retention()) == PruneReport(jobs: 0, deliveries: 0, auditEvents: 0))
    }
}

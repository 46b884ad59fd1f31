import Foundation
import Testing
import WaybillStore

@Suite struct AuditTests {
    func seed(_ store: SQLiteStateStore) async throws {
        try await store.appendAudit([
            AuditEvent(jobID: 1, flow: "orders", connection: "acme", sourceID: "wc:1", kind: .received, at: t0),
            AuditEvent(
                jobID: 1, flow: "orders", connection: "acme", sourceID: "wc:1", kind: .mapped,
                detail: #"{"payload_hash":"abc"}"#, at: t0.plus(1)),
            AuditEvent(
                jobID: 1, flow: "orders", connection: "acme", sourceID: "wc:1", targetID: "so/9", kind: .call,
                detail: #"{"method":"POST","status":201}"#, at: t0.plus(2)),
            AuditEvent(jobID: 2, flow: "stock", connection: "acme", sourceID: "wc:2", kind: .received, at: t0.plus(3)),
            AuditEvent(jobID: 3, flow: "orders", connection: "beta", sourceID: "wc:1", targetID: "so/9", kind: .result, at: t0.plus(4)),
        ])
    }

    @Test func queryBySourceTargetFlowAndSince() async throws {
        let store = try makeStore()
        try await seed(store)
        let bySource = try await store.auditEvents(AuditQuery(sourceID: "wc:1"))
        #expect(bySource.map(\.kind) == [.received, .mapped, .call, .result])
        #expect(bySource.map(\.at) == bySource.map(\.at).sorted())
        let byTarget = try await store.auditEvents(AuditQuery(targetID: "so/9"))
        #expect(byTarget.map(\.jobID) == [1, 3])
        let byFlow = try await store.auditEvents(AuditQuery(flow: "stock"))
        #expect(byFlow.map(\.sourceID) == ["wc:2"])
        let since = try await store.auditEvents(AuditQuery(flow: "orders", since: t0.plus(2)))
        #expect(since.map(\.kind) == [.call, .result])
        let scoped = try await store.auditEvents(AuditQuery(sourceID: "wc:1", connection: "beta"))
        #expect(scoped.map(\.jobID) == [3])
        let limited = try await store.auditEvents(AuditQuery(limit: 2))
        #expect(limited.count == 2)
        let byJob = try await store.auditEvents(AuditQuery(jobID: 1))
        #expect(byJob.count == 3)
    }

    @Test func detailAndIdsRoundTrip() async throws {
        let store = try makeStore()
        try await seed(store)
        let call = try #require(try await store.auditEvents(AuditQuery(sourceID: "wc:1")).first { $0.kind == .call })
        #expect(call.detail == #"{"method":"POST","status":201}"#)
        #expect(call.id != nil)
        #expect(call.targetID == "so/9")
        #expect(call.at == t0.plus(2))
    }
}

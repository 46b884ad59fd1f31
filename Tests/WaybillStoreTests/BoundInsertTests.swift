import Foundation
import GRDB
import Testing
@testable import WaybillStore

/// The intake's inserts bind through SQLite's C API; they must store exactly what GRDB would.
@Suite struct BoundInsertTests {
    @Test func emptyTextsAndPayloadsStayEmptyNotNull() async throws {
        let store = try makeStore()
        let job = NewJob(flow: "orders", connection: "acme", identity: "", sourceVersion: "", payload: Data())
        let id = try #require(try await store.enqueue([job], now: t0).first ?? nil)
        let stored = try #require(try await store.job(id))
        #expect(stored.identity == "" && stored.sourceVersion == "" && stored.payload == Data())
        let types = try await store.read { db in
            try String.fetchAll(db, sql: "SELECT typeof(identity) || ',' || typeof(payload) FROM jobs WHERE id = ?",
                                arguments: [id])
        }
        #expect(types == ["text,blob"])
    }

    @Test func textsWithNonASCIIAndNullsRoundTrip() async throws {
        let store = try makeStore()
        let events = [
            AuditEvent(jobID: nil, flow: "örders 🚚", connection: "acme", sourceID: nil, targetID: "t\n\t1",
                       kind: .received, detail: #"{"name":"Ünï \"quoted\""}"#, at: t0),
            AuditEvent(jobID: 7, flow: "orders", connection: "acme", sourceID: "s", kind: .result, at: t0.plus(1)),
        ]
        try await store.appendAudit(events)
        let read = try await store.auditEvents(AuditQuery(limit: 10))
        #expect(read.map { AuditEvent(jobID: $0.jobID, flow: $0.flow, connection: $0.connection, sourceID: $0.sourceID,
                                      targetID: $0.targetID, kind: $0.kind, detail: $0.detail, at: $0.at) } == events)
    }

    @Test func aFailedInsertThrowsAndTheStatementStaysUsable() async throws {
        let store = try makeStore()
        try await store.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse_bad BEFORE INSERT ON audit_events WHEN NEW.flow = 'bad' "
                + "BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        await #expect(throws: StoreError.self) {
            try await store.appendAudit([AuditEvent(flow: "bad", connection: "acme", kind: .received, at: t0)])
        }
        try await store.appendAudit([AuditEvent(flow: "good", connection: "acme", kind: .received, at: t0)])
        #expect(try await store.auditEvents(AuditQuery(limit: 10)).map(\.flow) == ["good"])
    }
}

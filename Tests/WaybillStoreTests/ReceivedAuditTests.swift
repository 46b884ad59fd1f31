import Foundation
import Testing
import WaybillStore

/// `EnqueueRequest.receivedDetails`: the `received` audit events commit with the jobs.
@Suite("Enqueue with received audit")
struct ReceivedAuditTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func job(_ identity: String) -> NewJob {
        NewJob(flow: "orders", connection: "acme", identity: identity, sourceVersion: "v1", payload: Data("{}".utf8))
    }

    @Test("new jobs get one received event each, in the same transaction; duplicates and repeated deliveries none")
    func receivedWithJobs() async throws {
        let store = try makeStore()
        let delivery = WebhookDelivery(connection: "acme", system: "shop", deliveryID: "d1")
        let first = try await store.submit([
            EnqueueRequest(jobs: [job("a"), job("b")], delivery: delivery, receivedDetails: [#"{"n":1}"#, #"{"n":2}"#]),
        ], now: now)
        #expect(first.first?.newJobIDs.count == 2)
        // The same delivery again, and a poll batch repeating `a` next to a new `c`.
        _ = try await store.submit([
            EnqueueRequest(jobs: [job("a")], delivery: delivery, receivedDetails: [#"{"n":3}"#]),
            EnqueueRequest(jobs: [job("a"), job("c")], receivedDetails: [#"{"n":4}"#, #"{"n":5}"#]),
            EnqueueRequest(jobs: [job("d")]),
        ], now: now)
        let events = try await store.auditEvents(AuditQuery(flow: "orders"))
        #expect(events.map(\.kind) == [.received, .received, .received])
        #expect(events.map(\.sourceID) == ["a", "b", "c"])
        #expect(events.map(\.detail) == [#"{"n":1}"#, #"{"n":2}"#, #"{"n":5}"#])
        let ids = first.first?.newJobIDs ?? []
        #expect(Array(events.prefix(2).map(\.jobID)) == ids.map { Optional($0) })
    }
}

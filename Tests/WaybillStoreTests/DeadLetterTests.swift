import Foundation
import Testing
import WaybillStore

@Suite struct DeadLetterTests {
    /// Enqueues and dead-letters jobs with the given identities; returns their ids.
    func deadLetter(_ identities: [String], flow: String = "orders", in store: SQLiteStateStore, at now: Date) async throws
        -> [JobID]
    {
        _ = try await store.enqueue(identities.map { newJob($0, flow: flow) }, now: now)
        let jobs = try await store.lease(limit: identities.count, owner: "w", now: now, duration: .seconds(30))
        for job in jobs {
            _ = try await store.fail(
                job.id, owner: "w", failure: .permanent("422: sku \(job.identity) unknown"), policy: .default, now: now)
        }
        return jobs.map(\.id)
    }

    @Test func listShowsPayloadAndFullError() async throws {
        let store = try makeStore()
        _ = try await deadLetter(["a"], in: store, at: t0)
        _ = try await deadLetter(["b"], flow: "stock", in: store, at: t0.plus(1))
        let all = try await store.deadLetters(flow: nil, limit: 10)
        #expect(all.map(\.identity) == ["b", "a"], "newest first")
        let orders = try await store.deadLetters(flow: "orders", limit: 10)
        #expect(orders.count == 1)
        #expect(orders.first?.payload == Data(#"{"id":"a"}"#.utf8))
        #expect(orders.first?.lifecycle.lastError == "422: sku a unknown")
    }

    @Test func replayOneRequeuesWithFreshAttemptsAndAudits() async throws {
        let store = try makeStore()
        let ids = try await deadLetter(["a", "b"], in: store, at: t0)
        let replayed = try await store.replay(.id(ids[0]), now: t0.plus(10))
        #expect(replayed == [ids[0]])
        let job = try #require(try await store.job(ids[0]))
        #expect(job.state == .pending)
        #expect(job.replays == 1)
        #expect(job.lifecycle.attempts == 0)
        #expect(try await store.job(ids[1])?.state == .dead)
        let leased = try await store.lease(limit: 5, owner: "w", now: t0.plus(10), duration: .seconds(30))
        #expect(leased.map(\.id) == [ids[0]])
        let audit = try await store.auditEvents(AuditQuery(jobID: ids[0]))
        #expect(audit.map(\.kind) == [.replay])
        // Replaying a job that is not dead does nothing.
        #expect(try await store.replay(.id(ids[0]), now: t0.plus(11)).isEmpty)
    }

    @Test func replayByFlowAndAll() async throws {
        let store = try makeStore()
        _ = try await deadLetter(["a", "b"], in: store, at: t0)
        _ = try await deadLetter(["c"], flow: "stock", in: store, at: t0)
        #expect(try await store.replay(.flow("stock", connection: "nobody"), now: t0).isEmpty)
        #expect(try await store.replay(.flow("stock"), now: t0).count == 1)
        #expect(try await store.replay(.all, now: t0).count == 2)
        #expect(try await store.deadLetters(flow: nil, limit: 10).isEmpty)
    }
}

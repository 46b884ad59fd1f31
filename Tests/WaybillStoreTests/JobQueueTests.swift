import Foundation
import Testing
import WaybillStore

@Suite struct JobQueueTests {
    @Test func batchEnqueueDeduplicatesOnFlowIdentityAndVersion() async throws {
        let store = try makeStore()
        let first = try await store.enqueue([newJob("o1"), newJob("o2"), newJob("o1")], now: t0)
        #expect(first.count == 3)
        #expect(first[0] != nil && first[1] != nil)
        #expect(first[2] == nil, "the same identity and version twice in one batch is one job")
        let second = try await store.enqueue(
            [newJob("o1"), newJob("o1", version: "v2"), newJob("o1", flow: "refunds"), newJob("o1", connection: "beta")],
            now: t0)
        #expect(second[0] == nil)
        #expect(second[1] != nil, "a new source version is new work")
        #expect(second[2] != nil, "another flow is other work")
        #expect(second[3] != nil, "another connection is other work")
        let total = try await store.jobCounts().reduce(0) { $0 + $1.count }
        #expect(total == 5)
    }

    @Test func leaseRespectsRunAtAndLimitAndOrder() async throws {
        let store = try makeStore()
        var later = newJob("later")
        later.runAt = t0.plus(60)
        _ = try await store.enqueue([newJob("a"), newJob("b"), later, newJob("c")], now: t0)
        let leased = try await store.lease(limit: 2, owner: "w1", now: t0, duration: .seconds(300))
        #expect(leased.map(\.identity) == ["a", "b"])
        #expect(leased.allSatisfy { $0.state == .leased && $0.lifecycle.attempts == 1 })
        let rest = try await store.lease(limit: 10, owner: "w2", now: t0, duration: .seconds(300))
        #expect(rest.map(\.identity) == ["c"])
        let due = try await store.lease(limit: 10, owner: "w2", now: t0.plus(60), duration: .seconds(30))
        #expect(due.map(\.identity) == ["later"])
    }

    @Test func concurrentWorkersNeverLeaseTheSameJob() async throws {
        let store = try makeStore()
        let jobs = (0..<400).map { newJob("o\($0)") }
        _ = try await store.enqueue(jobs, now: t0)
        let leasedIDs = try await withThrowingTaskGroup(of: [JobID].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var mine: [JobID] = []
                    while true {
                        let batch = try await store.lease(limit: 7, owner: "w\(worker)", now: t0, duration: .seconds(60))
                        if batch.isEmpty { return mine }
                        for job in batch {
                            try await store.complete(job.id, owner: "w\(worker)", now: t0)
                        }
                        mine += batch.map(\.id)
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(leasedIDs.count == 400)
        #expect(Set(leasedIDs).count == 400)
        let counts = try await store.jobCounts()
        #expect(counts.map(\.state) == [.succeeded])
        #expect(counts.first?.count == 400)
    }

    @Test func expiredLeaseIsRedeliveredAndOldOwnerLosesIt() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("o1")], now: t0)
        let first = try await store.lease(limit: 1, owner: "crashed", now: t0, duration: .seconds(30))
        #expect(first.count == 1)
        #expect(try await store.lease(limit: 1, owner: "w2", now: t0.plus(29), duration: .seconds(30)).isEmpty)
        let again = try await store.lease(limit: 1, owner: "w2", now: t0.plus(30), duration: .seconds(30))
        #expect(again.map(\.id) == first.map(\.id))
        #expect(again.first?.lifecycle.attempts == 2)
        let id = try #require(first.first?.id)
        await #expect(throws: StoreError.transitionRejected(id, .notLeaseOwner)) {
            try await store.complete(id, owner: "crashed", now: t0.plus(31))
        }
        try await store.complete(id, owner: "w2", now: t0.plus(31))
        #expect(try await store.job(id)?.state == .succeeded)
    }

    @Test func reopeningTheFileRecoversLeasedJobsAfterExpiry() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("o1"), newJob("o2")], now: t0)
        _ = try await store.lease(limit: 2, owner: "killed", now: t0, duration: .seconds(30))
        try store.close()
        let reopened = try SQLiteStateStore(path: store.path)
        #expect(try await reopened.lease(limit: 5, owner: "new", now: t0.plus(10), duration: .seconds(30)).isEmpty)
        let recovered = try await reopened.lease(limit: 5, owner: "new", now: t0.plus(30), duration: .seconds(30))
        #expect(Set(recovered.map(\.identity)) == ["o1", "o2"])
    }

    @Test func failSchedulesRetryWithJitterThenDeadLetters() async throws {
        let store = try makeStore()
        let id = try #require(try await store.enqueue([newJob("o1")], now: t0).first ?? nil)
        var now = t0
        for attempt in 1...3 {
            let job = try #require(try await store.lease(limit: 1, owner: "w", now: now, duration: .seconds(30)).first)
            let action = try await store.fail(job.id, owner: "w", failure: .transient("HTTP 503"), policy: .default, now: now)
            guard case .retry(let at, let made) = action else {
                Issue.record("expected a retry, got \(action)")
                return
            }
            #expect(made == attempt)
            let base = pow(4.0, Double(attempt - 1))
            #expect(at.timeIntervalSince(now) >= base * 0.8 && at.timeIntervalSince(now) <= base * 1.2 + 0.001)
            #expect(try await store.lease(limit: 1, owner: "w", now: at.plus(-0.01), duration: .seconds(30)).isEmpty)
            now = at
        }
        _ = try await store.lease(limit: 1, owner: "w", now: now, duration: .seconds(30))
        let last = try await store.fail(id, owner: "w", failure: .transient("HTTP 503"), policy: .default, now: now)
        #expect(last == .deadLetter)
        let stored = try #require(try await store.job(id))
        #expect(stored.state == .dead)
        #expect(stored.lifecycle.lastError == "HTTP 503")
    }

    @Test func retryAfterFromServerIsHonoured() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("o1")], now: t0)
        let job = try #require(try await store.lease(limit: 1, owner: "w", now: t0, duration: .seconds(30)).first)
        let action = try await store.fail(
            job.id, owner: "w", failure: .transient("429", retryAfter: .seconds(120)), policy: .default, now: t0)
        #expect(action == .retry(at: t0.plus(120), attempt: 1))
    }

    @Test func releaseReturnsJobsWithoutUsingAnAttempt() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a"), newJob("b"), newJob("c")], now: t0)
        let held = try await store.lease(limit: 3, owner: "w", now: t0, duration: .seconds(300))
        #expect(try await store.release([held[0].id], owner: "w", now: t0.plus(1)) == 1)
        #expect(try await store.release(nil, owner: "someone-else", now: t0.plus(1)) == 0)
        #expect(try await store.release(nil, owner: "w", now: t0.plus(1)) == 2)
        let again = try await store.lease(limit: 3, owner: "w2", now: t0.plus(1), duration: .seconds(30))
        #expect(again.count == 3)
        #expect(again.allSatisfy { $0.lifecycle.attempts == 1 })
    }

    @Test func countsByFlowConnectionAndState() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a"), newJob("b"), newJob("c", flow: "stock")], now: t0)
        _ = try await store.lease(limit: 1, owner: "w", now: t0, duration: .seconds(30))
        let counts = try await store.jobCounts()
        #expect(counts.contains(JobCount(flow: "orders", connection: "acme", state: .leased, count: 1)))
        #expect(counts.contains(JobCount(flow: "orders", connection: "acme", state: .pending, count: 1)))
        #expect(counts.contains(JobCount(flow: "stock", connection: "acme", state: .pending, count: 1)))
    }

    @Test func payloadRoundTrips() async throws {
        let store = try makeStore()
        let payload = Data((0...255).map { UInt8($0) })
        let spec = NewJob(flow: "f", connection: "c", identity: "i", sourceVersion: "1", payload: payload)
        let id = try #require(try await store.enqueue([spec], now: t0).first ?? nil)
        #expect(try await store.job(id)?.payload == payload)
        #expect(try await store.job(id + 100) == nil)
        await #expect(throws: StoreError.jobNotFound(id + 100)) {
            try await store.complete(id + 100, owner: "w", now: t0)
        }
    }

    @Test func batchCompletionSkipsJobsWhoseLeaseWasLost() async throws {
        let store = try makeStore()
        _ = try await store.enqueue([newJob("a"), newJob("b"), newJob("c")], now: t0)
        let mine = try await store.lease(limit: 3, owner: "w1", now: t0, duration: .seconds(10))
        // w1 stalls; its lease on everything expires and w2 takes one job.
        let stolen = try #require(try await store.lease(limit: 1, owner: "w2", now: t0.plus(10), duration: .seconds(60)).first)
        let completed = try await store.complete(mine.map(\.id), owner: "w1", now: t0.plus(11))
        #expect(Set(completed) == Set(mine.map(\.id)).subtracting([stolen.id]))
        #expect(try await store.job(stolen.id)?.state == .leased)
    }
}

import Foundation
import Testing
import WaybillStore

@Suite struct GroupCommitterTests {
    @Test func concurrentSubmissionsShareTransactionsAndAllCommit() async throws {
        let store = try makeStore()
        let committer = GroupCommitter(store: store, maxBatch: 64, now: { t0 })
        let outcomes = try await withThrowingTaskGroup(of: EnqueueOutcome.self) { group in
            for index in 0..<500 {
                group.addTask {
                    let delivery = WebhookDelivery(connection: "acme", system: "shopify", deliveryID: "d\(index % 450)")
                    return try await committer.submit(EnqueueRequest(jobs: [newJob("o\(index)")], delivery: delivery))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == 500)
        #expect(outcomes.filter(\.duplicateDelivery).count == 50)
        let commits = await committer.commitCount
        let requests = await committer.requestCount
        #expect(requests == 500)
        #expect(commits < 500, "requests arriving together must share commits")
        #expect(commits >= 500 / 64)
        // Every caller resumed after its commit: the jobs are there.
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 450)
    }

    @Test func aLoneRequestCommitsAtOnce() async throws {
        let store = try makeStore()
        let committer = GroupCommitter(store: store, now: { t0 })
        let outcome = try await committer.submit(EnqueueRequest(jobs: [newJob("a")]))
        let id = try #require(outcome.newJobIDs.first)
        #expect(try await store.job(id)?.identity == "a")
        #expect(await committer.commitCount == 1)
    }

    @Test func aFailedCommitFailsEveryCallerOfTheBatch() async throws {
        let store = try makeStore()
        try store.close()
        let committer = GroupCommitter(store: store, now: { t0 })
        await #expect(throws: StoreError.self) {
            _ = try await committer.submit(EnqueueRequest(jobs: [newJob("a")]))
        }
    }
}

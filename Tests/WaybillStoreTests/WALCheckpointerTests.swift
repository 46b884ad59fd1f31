import Foundation
import Testing
@testable import WaybillStore

@Suite struct WALCheckpointerTests {
    @Test func checkpointCopiesCommittedFramesWithoutTheWriter() async throws {
        let store = try SQLiteStateStore.temporary()
        let checkpointer = try WALCheckpointer(store: store)
        let jobs = (1...200).map { NewJob(flow: "orders", connection: "acme", identity: "o:\($0)", sourceVersion: "1",
                                          payload: Data(String(repeating: "x", count: 2000).utf8)) }
        _ = try await store.submit([EnqueueRequest(jobs: jobs)], now: Date(timeIntervalSince1970: 1_000))
        let outcome = try await checkpointer.checkpoint()
        #expect(outcome.walFrames > 0)
        #expect(outcome.checkpointedFrames == outcome.walFrames)
        // The data is still there, read through the store.
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 200)
    }

    @Test func runStopsWhenCancelled() async throws {
        let checkpointer = try WALCheckpointer(store: try SQLiteStateStore.temporary(), interval: .seconds(3600))
        let running = Task { await checkpointer.run() }
        running.cancel()
        await running.value
    }
}

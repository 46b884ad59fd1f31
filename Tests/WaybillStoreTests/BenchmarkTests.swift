import Foundation
import Testing
import WaybillStore

/// Small runs of the store benchmarks: they check that the measured paths work and stay batched.
/// Set `WAYBILL_STORE_BENCH=1` to print the numbers.
@Suite struct BenchmarkTests {
    let verbose = ProcessInfo.processInfo.environment["WAYBILL_STORE_BENCH"] == "1"

    @Test func groupCommitEnqueueBatchesCommits() async throws {
        let store = try makeStore()
        let result = try await StoreBenchmark.groupCommitEnqueue(store: store, requests: 2000, concurrency: 100)
        #expect(result.operations == 2000)
        #expect(result.commits < 2000 / 4, "concurrent enqueues must share transactions")
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 2000)
        if verbose {
            print("group commit: \(Int(result.perSecond))/s, \(result.commits) commits, p99 \(result.latencyMilliseconds(0.99)) ms")
        }
    }

    @Test func leaseAndCompleteDrainsTheQueue() async throws {
        let store = try makeStore()
        try await StoreBenchmark.fill(store: store, count: 1000, batch: 250)
        let result = try await StoreBenchmark.leaseAndComplete(store: store, workers: 4, batch: 25, batchedCompletion: true)
        #expect(result.operations == 1000)
        let counts = try await store.jobCounts()
        #expect(counts.map(\.state) == [.succeeded])
        try await store.checkpoint()
        #expect(store.fileSize() > 1000 * 400)
        if verbose { print("lease+complete: \(Int(result.perSecond))/s, size \(store.fileSize()) bytes") }
    }
}

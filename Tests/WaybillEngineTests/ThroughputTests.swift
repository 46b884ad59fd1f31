import Foundation
import Testing
import WaybillEngine
import WaybillStore

/// End-to-end throughput of the engine itself (poll → queue → interpreter → target → binding →
/// audit) with in-memory systems and a real SQLite store. Prints records/s; set
/// `WAYBILL_BENCH_RECORDS` for a bigger run (docs/performance-engine.md).
@Suite("Throughput")
struct ThroughputTests {
    @Test("records/s from poll to target with durable queue, bindings and audit")
    func throughput() async throws {
        let count = Int(ProcessInfo.processInfo.environment["WAYBILL_BENCH_RECORDS"] ?? "") ?? 500
        let harness = try Harness(flow: try Harness.productFlow(lookback: .seconds(600), pageSize: 500))
        for id in 1...count { harness.product(id, "2026-05-01 10:\(String(format: "%02d", (id / 60) % 60)):\(String(format: "%02d", id % 60))") }
        let clock = ContinuousClock()
        let start = clock.now
        let now = harness.now
        let polls = try await harness.engine.poll(now: now)
        let polled = clock.now - start
        var summary = try await harness.engine.drain(clock: clock, now: { now })
        summary.polls = polls
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(summary.succeeded == count)
        #expect(harness.target.records("products").count == count)
        print("engine throughput: \(count) records in \(String(format: "%.2f", seconds)) s = "
            + "\(Int(Double(count) / seconds)) records/s (poll and enqueue: \(polled))")
    }
}

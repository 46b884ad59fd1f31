import Foundation

/// Throughput measurements of the SQLite store, shared by the test suite (small sizes) and
/// `docs/performance-store.md` (large sizes, release build).
public enum StoreBenchmark {
    /// A webhook-sized JSON payload of about 400 bytes.
    public static func samplePayload(_ index: Int) -> Data {
        let text = """
            {"id":\(index),"number":"SO\(index)","status":"processing","currency":"USD","total":"129.90",\
            "billing":{"first_name":"Ada","last_name":"Lovelace","email":"ada\(index)@example.com"},\
            "line_items":[{"sku":"SKU-\(index % 97)","quantity":2,"price":"39.95"},\
            {"sku":"SKU-\(index % 89)","quantity":1,"price":"50.00"}],"date_modified_gmt":"2026-11-22T10:00:00"}
            """
        return Data(text.utf8)
    }

    /// Enqueues `requests` webhook-like requests (one job and one delivery id each) from
    /// `concurrency` concurrent callers through a ``GroupCommitter``.
    public static func groupCommitEnqueue(
        store: any StateStore, requests: Int, concurrency: Int, maxBatch: Int = 2000
    ) async throws -> Measurement {
        let committer = GroupCommitter(store: store, maxBatch: maxBatch)
        let clock = ContinuousClock()
        let perCaller = max(1, requests / max(1, concurrency))
        let start = clock.now
        let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
            for caller in 0..<concurrency {
                group.addTask {
                    var mine: [Duration] = []
                    mine.reserveCapacity(perCaller)
                    for index in 0..<perCaller {
                        let n = caller * perCaller + index
                        let job = NewJob(
                            flow: "orders", connection: "acme", identity: "wc:order:\(n)", sourceVersion: "1",
                            payload: samplePayload(n))
                        let delivery = WebhookDelivery(connection: "acme", system: "woocommerce", deliveryID: "d-\(n)")
                        let began = clock.now
                        _ = try await committer.submit(EnqueueRequest(jobs: [job], delivery: delivery))
                        mine.append(began.duration(to: clock.now))
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let elapsed = start.duration(to: clock.now)
        return Measurement(
            operations: latencies.count, elapsed: elapsed, latencies: latencies, commits: await committer.commitCount)
    }

    /// Leases in batches of `batch` from `workers` concurrent workers and completes each job,
    /// until the queue is empty.
    /// With `batchedCompletion`, each leased batch is completed in one transaction.
    public static func leaseAndComplete(
        store: any StateStore, workers: Int, batch: Int, batchedCompletion: Bool = false
    ) async throws -> Measurement {
        let clock = ContinuousClock()
        let start = clock.now
        let done = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var count = 0
                    while true {
                        let jobs = try await store.lease(limit: batch, owner: "w\(worker)", now: Date(), duration: .seconds(60))
                        if jobs.isEmpty { return count }
                        if batchedCompletion {
                            _ = try await store.complete(jobs.map(\.id), owner: "w\(worker)", now: Date())
                        } else {
                            for job in jobs {
                                try await store.complete(job.id, owner: "w\(worker)", now: Date())
                            }
                        }
                        count += jobs.count
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        return Measurement(operations: done, elapsed: start.duration(to: clock.now), latencies: [], commits: 0)
    }

    /// Enqueues `count` jobs in batches of `batch` (one transaction each).
    public static func fill(store: any StateStore, count: Int, batch: Int = 1000) async throws {
        var next = 0
        while next < count {
            let jobs = (next..<min(count, next + batch)).map { n in
                NewJob(
                    flow: "orders", connection: "acme", identity: "wc:order:\(n)", sourceVersion: "1",
                    payload: samplePayload(n))
            }
            _ = try await store.enqueue(jobs, now: Date())
            next += jobs.count
        }
    }

    /// The result of one measurement.
    public struct Measurement: Sendable {
        /// Operations done.
        public var operations: Int
        /// Wall time.
        public var elapsed: Duration
        /// Per-operation latencies, when measured.
        public var latencies: [Duration]
        /// Transactions used, when known.
        public var commits: Int

        /// Operations per second.
        public var perSecond: Double { Double(operations) / max(elapsed.timeInterval, 1e-9) }

        /// The latency at quantile `q` (0…1), in milliseconds.
        public func latencyMilliseconds(_ q: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let sorted = latencies.sorted()
            let index = min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.down)))
            return sorted[index].timeInterval * 1000
        }
    }
}

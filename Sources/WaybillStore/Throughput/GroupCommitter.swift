import Foundation

/// Group commit for enqueue requests: callers submit concurrently; requests that arrive while a
/// commit is in flight are committed together in the next transaction (up to `maxBatch` per
/// transaction), and each caller resumes only after the transaction holding its request committed.
///
/// The collection window is therefore the duration of the previous commit: a lone request commits
/// at once (no added latency), and under load one fsync covers hundreds of requests. Webhook intake
/// answers 2xx only after `submit` returns.
public actor GroupCommitter {
    private typealias Waiter = (request: EnqueueRequest, continuation: CheckedContinuation<EnqueueOutcome, any Error>)

    private let store: any StateStore
    private let maxBatch: Int
    private let clock: @Sendable () -> Date
    private var waiting: [Waiter] = []
    private var flushing = false

    /// Transactions committed so far.
    public private(set) var commitCount = 0
    /// Requests committed so far.
    public private(set) var requestCount = 0

    /// Creates a committer over `store`; `now` stamps each transaction (injectable for tests).
    public init(store: any StateStore, maxBatch: Int = 2000, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.maxBatch = max(1, maxBatch)
        self.clock = now
    }

    /// Commits `request` with whatever else is waiting; returns after the commit.
    public func submit(_ request: EnqueueRequest) async throws -> EnqueueOutcome {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((request, continuation))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
    }

    private func flush() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(maxBatch))
            waiting.removeFirst(batch.count)
            do {
                let outcomes = try await store.submit(batch.map(\.request), now: clock())
                commitCount += 1
                requestCount += batch.count
                for (waiter, outcome) in zip(batch, outcomes) {
                    waiter.continuation.resume(returning: outcome)
                }
            } catch {
                for waiter in batch {
                    waiter.continuation.resume(throwing: error)
                }
            }
        }
        flushing = false
    }
}

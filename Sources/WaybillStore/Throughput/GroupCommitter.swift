import Foundation

/// Group commit for enqueue requests (a ``GroupWriter`` over ``StateStore/submit(_:now:)``):
/// requests that arrive while a commit is in flight are committed together in the next
/// transaction (up to `maxBatch` per transaction), and each caller resumes only after the
/// transaction holding its request committed.
///
/// The collection window is therefore the duration of the previous commit: a lone request commits
/// at once (no added latency), and under load one fsync covers many requests. Webhook intake
/// answers 2xx only after `submit` returns.
public final class GroupCommitter: Sendable {
    private let writer: GroupWriter<EnqueueRequest, EnqueueOutcome>

    /// Transactions committed so far.
    public var commitCount: Int { get async { await writer.commitCount } }
    /// Requests committed so far.
    public var requestCount: Int { get async { await writer.itemCount } }

    /// Creates a committer over `store`; `now` stamps each transaction (injectable for tests).
    public init(store: any StateStore, maxBatch: Int = 2000, now: @escaping @Sendable () -> Date = { Date() }) {
        writer = GroupWriter(maxBatch: maxBatch) { requests in try await store.submit(requests, now: now()) }
    }

    /// Commits `request` with whatever else is waiting; returns after the commit.
    public func submit(_ request: EnqueueRequest) async throws -> EnqueueOutcome {
        try await writer.submit(request)
    }
}

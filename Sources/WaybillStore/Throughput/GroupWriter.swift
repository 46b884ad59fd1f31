import Foundation

/// Group commit for small writes that must each be durable before their caller goes on (a
/// binding saved right after the target write, say): callers submit concurrently; items that
/// arrive while a commit is in flight are committed together by the next call of `commit` (one
/// transaction, one fsync), and each caller resumes only after the commit holding its item
/// returned. A lone item commits at once, so there is no added latency when nothing else waits.
///
/// Items are committed in submission order, so a later item for the same key wins as it would
/// with one transaction each. When a commit throws, every caller of that group receives the error.
public actor GroupWriter<Item: Sendable> {
    private typealias Waiter = (item: Item, continuation: CheckedContinuation<Void, any Error>)

    private let commit: @Sendable ([Item]) async throws -> Void
    private let maxBatch: Int
    private var waiting: [Waiter] = []
    private var flushing = false

    /// Commits made so far.
    public private(set) var commitCount = 0
    /// Items committed so far.
    public private(set) var itemCount = 0

    /// A writer committing groups of at most `maxBatch` items with `commit` (one transaction).
    public init(maxBatch: Int = 256, commit: @escaping @Sendable ([Item]) async throws -> Void) {
        self.commit = commit
        self.maxBatch = max(1, maxBatch)
    }

    /// Commits `item` with whatever else is waiting; returns after that commit.
    public func submit(_ item: Item) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiting.append((item, continuation))
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
                try await commit(batch.map(\.item))
                commitCount += 1
                itemCount += batch.count
                for waiter in batch { waiter.continuation.resume() }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
        flushing = false
    }
}

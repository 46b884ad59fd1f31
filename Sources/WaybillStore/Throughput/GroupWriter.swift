import Foundation

/// Group commit for writes that must each be durable before their caller goes on (a webhook's
/// jobs before its 2xx, a binding right after the target write): callers submit concurrently;
/// items that arrive while a commit is in flight are committed together by the next call of
/// `commit` (one transaction, one fsync), and each caller resumes only after the commit holding
/// its item returned, with that item's output. A lone item commits at once, so there is no added
/// latency when nothing else waits.
///
/// Items are committed in submission order, so a later item for the same key wins as it would
/// with one transaction each. When a commit throws (or returns a different number of outputs
/// than it was given items), every caller of that group receives an error.
public actor GroupWriter<Item: Sendable, Output: Sendable> {
    private typealias Waiter = (item: Item, continuation: CheckedContinuation<Output, any Error>)

    private let commit: @Sendable ([Item]) async throws -> [Output]
    private let maxBatch: Int
    private var waiting: [Waiter] = []
    private var flushing = false

    /// Commits made so far.
    public private(set) var commitCount = 0
    /// Items committed so far.
    public private(set) var itemCount = 0

    /// A writer committing groups of at most `maxBatch` items with `commit` (one transaction),
    /// which returns one output per item, in order.
    public init(maxBatch: Int = 256, commit: @escaping @Sendable ([Item]) async throws -> [Output]) {
        self.commit = commit
        self.maxBatch = max(1, maxBatch)
    }

    /// Commits `item` with whatever else is waiting; returns its output after that commit.
    public func submit(_ item: Item) async throws -> Output {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Output, any Error>) in
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
                let outputs = try await commit(batch.map(\.item))
                guard outputs.count == batch.count else {
                    throw StoreError.database("a group commit returned \(outputs.count) results for \(batch.count) items")
                }
                commitCount += 1
                itemCount += batch.count
                for (waiter, output) in zip(batch, outputs) { waiter.continuation.resume(returning: output) }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
        flushing = false
    }
}

extension GroupWriter where Output == Void {
    /// A writer whose callers only wait for durability (no output per item).
    public init(maxBatch: Int = 256, commit: @escaping @Sendable ([Item]) async throws -> Void) {
        self.init(maxBatch: maxBatch) { items in
            try await commit(items)
            return Array(repeating: (), count: items.count)
        }
    }
}

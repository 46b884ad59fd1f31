import Foundation
import WaybillStore

/// Successful jobs, completed together with their audit events in one transaction per batch
/// instead of one per job. A crash before the flush re-delivers the jobs after
/// their lease expires; their bindings already hold the payload hashes, so the repeat makes no
/// call.
final class CompletionBatch: Sendable {
    private let entries = Locked<[(id: JobID, events: [AuditEvent])]>([])

    func add(_ id: JobID, events: [AuditEvent]) {
        entries.withLock { $0.append((id, events)) }
    }

    /// Jobs collected since the last flush.
    var count: Int { entries.withLock { $0.count } }

    /// Completes the collected jobs still leased by `owner` and appends their events; returns
    /// how many were collected and how many of them were completed.
    func flush(store: any StateStore, owner: String, now: Date) async throws -> (submitted: Int, completed: Int) {
        let batch = entries.withLock { entries in
            defer { entries.removeAll() }
            return entries
        }
        guard !batch.isEmpty else { return (0, 0) }
        let completed = try await store.complete(batch.map(\.id), owner: owner, now: now,
                                                 audit: batch.flatMap(\.events))
        return (batch.count, completed.count)
    }
}

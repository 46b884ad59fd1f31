import Foundation

extension StateStore {
    /// Enqueues a batch of jobs in one transaction; returns each job's new id, or `nil` for duplicates.
    public func enqueue(_ jobs: [NewJob], now: Date) async throws -> [JobID?] {
        try await submit([EnqueueRequest(jobs: jobs)], now: now).first?.jobIDs ?? []
    }

    /// Enqueues a poll batch and advances its cursor in the same transaction.
    public func enqueue(_ jobs: [NewJob], andAdvanceCursor advance: CursorAdvance, now: Date) async throws -> [JobID?] {
        try await submit([EnqueueRequest(jobs: jobs, cursor: advance)], now: now).first?.jobIDs ?? []
    }

    /// Records a webhook delivery and enqueues its jobs in the same transaction.
    public func enqueue(_ jobs: [NewJob], forDelivery delivery: WebhookDelivery, now: Date) async throws -> EnqueueOutcome {
        let outcomes = try await submit([EnqueueRequest(jobs: jobs, delivery: delivery)], now: now)
        return outcomes.first ?? EnqueueOutcome(jobIDs: [], duplicateDelivery: false)
    }
}

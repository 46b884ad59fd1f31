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

    /// Marks a leased job succeeded, with no audit events.
    public func complete(_ id: JobID, owner: String, now: Date) async throws {
        try await complete(id, owner: owner, now: now, audit: [])
    }

    /// Marks several leased jobs succeeded in one transaction, with no audit events.
    public func complete(_ ids: [JobID], owner: String, now: Date) async throws -> [JobID] {
        try await complete(ids, owner: owner, now: now, audit: [])
    }

    /// Records a failed attempt with no audit events.
    public func fail(_ id: JobID, owner: String, failure: JobFailure, policy: RetryPolicy, now: Date) async throws
        -> JobAction
    {
        try await fail(id, owner: owner, failure: failure, policy: policy, now: now, audit: { _ in [] })
    }
}

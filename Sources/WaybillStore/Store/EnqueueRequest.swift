/// Everything that must commit together when work arrives: the jobs, and optionally the webhook
/// delivery that brought them or the cursor advance of the poll that read them.
public struct EnqueueRequest: Sendable, Hashable {
    /// The jobs; duplicates of existing (connection, flow, identity, version) are dropped.
    public var jobs: [NewJob]
    /// The webhook delivery; if it was already recorded, nothing of this request is written.
    public var delivery: WebhookDelivery?
    /// The cursor advance, applied in the same transaction as the jobs.
    public var cursor: CursorAdvance?
    /// An audit event written for each inserted job, in the same transaction.
    public var audit: JobAudit?

    /// Creates a request.
    public init(jobs: [NewJob], delivery: WebhookDelivery? = nil, cursor: CursorAdvance? = nil, audit: JobAudit? = nil) {
        self.jobs = jobs
        self.delivery = delivery
        self.cursor = cursor
        self.audit = audit
    }
}

/// What became of one ``EnqueueRequest``.
public struct EnqueueOutcome: Sendable, Hashable {
    /// For each job of the request, in order: its new id, or `nil` if it was a duplicate.
    public var jobIDs: [JobID?]
    /// True when the webhook delivery had been seen before (then no job was written).
    public var duplicateDelivery: Bool

    /// Creates an outcome.
    public init(jobIDs: [JobID?], duplicateDelivery: Bool) {
        self.jobIDs = jobIDs
        self.duplicateDelivery = duplicateDelivery
    }

    /// The ids of the jobs that were new.
    public var newJobIDs: [JobID] { jobIDs.compactMap { $0 } }
}

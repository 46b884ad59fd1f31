import Foundation

/// Everything that must commit together when work arrives: the jobs, and optionally the webhook
/// delivery that brought them or the cursor advance of the poll that read them.
public struct EnqueueRequest: Sendable, Hashable {
    /// The jobs; duplicates of existing (connection, flow, identity, version) are dropped.
    public var jobs: [NewJob]
    /// The webhook delivery; if it was already recorded, nothing of this request is written.
    public var delivery: WebhookDelivery?
    /// The cursor advance, applied in the same transaction as the jobs.
    public var cursor: CursorAdvance?
    /// When set, one detail (JSON text) per job: each job that is new gets a `received` audit event
    /// with it, written in the same transaction, so a crash never leaves a queued job whose
    /// arrival is not audited (or an audited arrival without its job).
    public var receivedDetails: [String]?

    /// Creates a request.
    public init(jobs: [NewJob], delivery: WebhookDelivery? = nil, cursor: CursorAdvance? = nil,
                receivedDetails: [String]? = nil) {
        self.jobs = jobs
        self.delivery = delivery
        self.cursor = cursor
        self.receivedDetails = receivedDetails
    }

    /// The `received` events of the jobs given ids (`nil`: a duplicate, not audited).
    func receivedEvents(ids: [JobID?], at: Date) -> [AuditEvent] {
        guard let details = receivedDetails else { return [] }
        return zip(zip(jobs, details), ids).compactMap { pair, id in
            guard let id else { return nil }
            return AuditEvent(jobID: id, flow: pair.0.flow, connection: pair.0.connection, sourceID: pair.0.identity,
                              kind: .received, detail: pair.1, at: at)
        }
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

import Foundation

/// What ``StateStore/prune(_:)`` deletes: history older than the given times. `nil` keeps everything
/// of that kind. Active jobs (pending, leased, retrying) and dead letters are never pruned.
public struct Retention: Sendable, Hashable {
    /// Delete succeeded jobs last updated before this time. Their (identity, version) dedupe goes with
    /// them; bindings and payload hashes still absorb a later re-read.
    public var succeededJobsBefore: Date?
    /// Delete webhook delivery ids received before this time (keep longer than any sender's retries).
    public var deliveriesBefore: Date?
    /// Delete audit events before this time.
    public var auditBefore: Date?

    /// Creates a retention rule.
    public init(succeededJobsBefore: Date? = nil, deliveriesBefore: Date? = nil, auditBefore: Date? = nil) {
        self.succeededJobsBefore = succeededJobsBefore
        self.deliveriesBefore = deliveriesBefore
        self.auditBefore = auditBefore
    }
}

/// How many rows ``StateStore/prune(_:)`` deleted.
public struct PruneReport: Sendable, Hashable {
    /// Succeeded jobs deleted.
    public var jobs: Int
    /// Delivery ids deleted.
    public var deliveries: Int
    /// Audit events deleted.
    public var auditEvents: Int

    /// Creates a report.
    public init(jobs: Int, deliveries: Int, auditEvents: Int) {
        self.jobs = jobs
        self.deliveries = deliveries
        self.auditEvents = auditEvents
    }
}

import Foundation

/// The audit events written for the jobs an ``EnqueueRequest`` inserts, in the same transaction
/// (so a burst of webhooks costs one commit for jobs and audit together). Each inserted job gets
/// one event whose detail is the JSON object at the job's position in `details`; jobs dropped as
/// duplicates get none.
public struct JobAudit: Sendable, Hashable {
    /// The kind (usually `.received`).
    public var kind: AuditKind
    /// The detail (a JSON object) of each job's event, in the order of the request's jobs.
    public var details: [String]
    /// When it happened.
    public var at: Date

    /// Creates the audit of a request's jobs.
    public init(kind: AuditKind, details: [String], at: Date) {
        self.kind = kind
        self.details = details
        self.at = at
    }

    /// The event for the inserted job at `index` of the request.
    func event(for job: NewJob, index: Int, id: JobID) -> AuditEvent {
        AuditEvent(jobID: id, flow: job.flow, connection: job.connection, sourceID: job.identity, kind: kind,
                   detail: details.indices.contains(index) ? details[index] : "{}", at: at)
    }
}

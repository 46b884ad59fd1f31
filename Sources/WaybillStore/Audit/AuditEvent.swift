import Foundation

/// One line of a unit of work's trail. Must never carry secrets.
public struct AuditEvent: Sendable, Hashable {
    /// The store's row id (`nil` before it is appended).
    public var id: Int64?
    /// The job it belongs to, if any.
    public var jobID: JobID?
    /// The flow.
    public var flow: String
    /// The connection.
    public var connection: String
    /// The source record id or identity.
    public var sourceID: String?
    /// The target record id, once known.
    public var targetID: String?
    /// What happened.
    public var kind: AuditKind
    /// Details as a JSON object text.
    public var detail: String
    /// When it happened.
    public var at: Date

    /// Creates an event.
    public init(
        id: Int64? = nil, jobID: JobID? = nil, flow: String, connection: String,
        sourceID: String? = nil, targetID: String? = nil, kind: AuditKind, detail: String = "{}", at: Date
    ) {
        self.id = id
        self.jobID = jobID
        self.flow = flow
        self.connection = connection
        self.sourceID = sourceID
        self.targetID = targetID
        self.kind = kind
        self.detail = detail
        self.at = at
    }
}

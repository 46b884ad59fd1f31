import Foundation

/// Which audit events to return; set filters combine with AND. Results are oldest first.
public struct AuditQuery: Sendable, Hashable {
    /// Only events of this source id.
    public var sourceID: String?
    /// Only events of this target id.
    public var targetID: String?
    /// Only events of this flow.
    public var flow: String?
    /// Only events of this connection.
    public var connection: String?
    /// Only events of this job. While the job is stored, its events are found through its source
    /// identity (as the engine writes every job event with the job's identity as ``AuditEvent/sourceID``);
    /// an event given this job id but another source id is not returned.
    public var jobID: JobID?
    /// Only events at or after this time.
    public var since: Date?
    /// At most this many events.
    public var limit: Int

    /// Creates a query.
    public init(
        sourceID: String? = nil, targetID: String? = nil, flow: String? = nil, connection: String? = nil,
        jobID: JobID? = nil, since: Date? = nil, limit: Int = 1000
    ) {
        self.sourceID = sourceID
        self.targetID = targetID
        self.flow = flow
        self.connection = connection
        self.jobID = jobID
        self.since = since
        self.limit = limit
    }
}

/// How many jobs of one flow and connection are in one state (for `waybill status` and metrics).
public struct JobCount: Sendable, Hashable {
    /// The flow.
    public var flow: String
    /// The connection.
    public var connection: String
    /// The state.
    public var state: JobState
    /// The number of jobs.
    public var count: Int

    /// Creates a count row.
    public init(flow: String, connection: String, state: JobState, count: Int) {
        self.flow = flow
        self.connection = connection
        self.state = state
        self.count = count
    }
}

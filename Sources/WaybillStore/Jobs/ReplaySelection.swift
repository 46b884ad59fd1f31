/// Which dead letters a replay puts back in the queue.
public enum ReplaySelection: Sendable, Hashable {
    /// One job.
    case id(JobID)
    /// Every dead letter of a flow (optionally of one connection).
    case flow(String, connection: String? = nil)
    /// Every dead letter.
    case all
}

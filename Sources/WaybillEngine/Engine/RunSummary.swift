/// Counts of what a round of work did.
public struct RunSummary: Sendable, Hashable {
    /// Jobs that succeeded.
    public var succeeded = 0
    /// Attempts that failed and were scheduled again.
    public var retried = 0
    /// Jobs dead-lettered.
    public var deadLettered = 0
    /// Leases lost to another worker.
    public var leaseLost = 0
    /// Polls made.
    public var polls: [PollReport] = []

    /// Creates an empty summary.
    public init() {}

    /// Adds one job's outcome.
    mutating func add(_ outcome: JobOutcome) {
        switch outcome {
        case .succeeded: succeeded += 1
        case .retrying: retried += 1
        case .deadLettered: deadLettered += 1
        case .leaseLost: leaseLost += 1
        }
    }

    /// Adds another summary.
    public mutating func add(_ other: RunSummary) {
        succeeded += other.succeeded
        retried += other.retried
        deadLettered += other.deadLettered
        leaseLost += other.leaseLost
        polls += other.polls
    }

    /// Jobs processed (attempts that finished one way or another).
    public var attempts: Int { succeeded + retried + deadLettered }
}

import Foundation

/// What a transition of ``JobLifecycle`` asks its caller to do.
public enum JobAction: Sendable, Hashable {
    /// Run the job now under this lease. `redelivery` is true when an expired lease was taken over
    /// (the previous worker died or stalled; idempotency must absorb a repeat).
    case run(JobLease, redelivery: Bool)
    /// Nothing to run yet: the job is not due before the given time.
    case wait(until: Date)
    /// The job finished successfully.
    case completed
    /// Try again at the given time; `attempt` is the number of attempts made so far.
    case retry(at: Date, attempt: Int)
    /// Move the job to the dead-letter queue.
    case deadLetter
    /// The job went back to the queue without using up an attempt.
    case released
    /// A dead letter was put back in the queue.
    case replayed
    /// The transition does not apply in the current state; nothing changed.
    case rejected(JobTransitionError)
}

/// Why a transition was refused.
public enum JobTransitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The caller does not hold the job's lease (it expired and was taken over, or never was).
    case notLeaseOwner
    /// The transition is not allowed from this state.
    case invalidState(JobState)

    /// A short explanation.
    public var description: String {
        switch self {
        case .notLeaseOwner: "the lease is not held by this worker (expired or taken over)"
        case .invalidState(let state): "not allowed while the job is \(state.rawValue)"
        }
    }
}

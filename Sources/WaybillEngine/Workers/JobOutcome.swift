import Foundation

/// What became of one attempt at a job.
public enum JobOutcome: Sendable, Hashable {
    /// Done: the target records written, adopted or left unchanged.
    case succeeded(targets: [String])
    /// A transient failure; the job runs again at the given time.
    case retrying(at: Date, attempt: Int, error: String)
    /// A permanent failure, or the last attempt failed: the job is a dead letter.
    case deadLettered(error: String)
    /// The lease was lost (taken over after expiry); nothing was recorded for this attempt.
    case leaseLost
}

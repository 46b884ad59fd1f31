import Foundation

/// A worker's temporary claim on a job.
public struct JobLease: Sendable, Hashable {
    /// The worker (or daemon instance) that holds the job.
    public var owner: String
    /// When the claim lapses and another worker may take the job again.
    public var expiresAt: Date

    /// Creates a lease held by `owner` until `expiresAt`.
    public init(owner: String, expiresAt: Date) {
        self.owner = owner
        self.expiresAt = expiresAt
    }
}

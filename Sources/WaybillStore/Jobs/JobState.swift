/// Where a job stands in its life.
///
/// ```
/// pending ──lease──▶ leased ──complete──▶ succeeded
///    ▲                 │ ├──fail (transient)──▶ retrying ──lease──▶ leased …
///    └──release/expiry─┘ └──fail (permanent or out of attempts)──▶ dead ──replay──▶ pending
/// ```
public enum JobState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Waiting to be leased once its `nextRunAt` has come.
    case pending
    /// Held by one worker until the lease expires.
    case leased
    /// Failed transiently; waits for its backoff delay before the next lease.
    case retrying
    /// Done; never leased again.
    case succeeded
    /// Dead-lettered: failed permanently or ran out of attempts. Only a replay revives it.
    case dead

    /// Whether the job can still be leased in the future without a replay.
    public var isActive: Bool {
        switch self {
        case .pending, .leased, .retrying: true
        case .succeeded, .dead: false
        }
    }
}

/// Why one attempt at a job failed, as the engine classified it.
public struct JobFailure: Sendable, Hashable {
    /// Whether another attempt may succeed.
    public enum Kind: Sendable, Hashable {
        /// Timeouts, connection errors, 429 and 5xx: retry after a backoff, or at least after
        /// the server's own delay (`Retry-After`, rate-limit reset) when it gave one.
        case transient(retryAfter: Duration?)
        /// Validation 4xx, mapping errors: dead-letter at once.
        case permanent
    }

    /// Transient or permanent.
    public var kind: Kind
    /// The full error, kept with the job for `waybill dlq show`. Must not contain secrets.
    public var message: String

    /// Creates a failure of the given kind.
    public init(_ kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// A transient failure, optionally with the server's requested delay.
    public static func transient(_ message: String, retryAfter: Duration? = nil) -> JobFailure {
        JobFailure(.transient(retryAfter: retryAfter), message: message)
    }

    /// A permanent failure.
    public static func permanent(_ message: String) -> JobFailure {
        JobFailure(.permanent, message: message)
    }
}

/// What an audit event records. Open set: the engine may add kinds.
public struct AuditKind: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// The stored name.
    public var rawValue: String

    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The unit of work arrived (poll or webhook).
    public static let received: AuditKind = "received"
    /// The payload was mapped (detail carries the payload hash).
    public static let mapped: AuditKind = "mapped"
    /// One call to a system (method, URL without secrets, status, duration).
    public static let call: AuditKind = "call"
    /// The final result of the unit of work.
    public static let result: AuditKind = "result"
    /// A retry was scheduled.
    public static let retry: AuditKind = "retry"
    /// The job went to the dead-letter queue.
    public static let deadLetter: AuditKind = "dead_letter"
    /// A dead letter was replayed.
    public static let replay: AuditKind = "replay"
    /// Nothing to do (unchanged payload, filtered out, duplicate).
    public static let skipped: AuditKind = "skipped"
    /// Refused input (bad signature, foreign `resource_url`, invalid payload).
    public static let rejected: AuditKind = "rejected"
}

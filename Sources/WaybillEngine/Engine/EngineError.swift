import WaybillStore

/// A failure while running a unit of work, classified for retry or dead letter.
public struct EngineError: Error, Sendable, CustomStringConvertible {
    /// Whether another attempt may succeed.
    public enum Kind: Sendable, Hashable {
        /// Timeouts, connection errors, 429, 5xx: retry, not before `retryAfter` when given.
        case transient(retryAfter: Duration?)
        /// Validation errors, mapping errors, bad input: dead-letter at once.
        case permanent
    }

    /// Transient or permanent.
    public var kind: Kind
    /// What went wrong, without secrets.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A mapping or expression error (permanent).
    public static func mapping(_ message: String) -> EngineError { EngineError(.permanent, "mapping: \(message)") }

    /// A configuration error (permanent).
    public static func configuration(_ message: String) -> EngineError {
        EngineError(.permanent, "configuration: \(message)")
    }

    /// A transient failure.
    public static func transient(_ message: String, retryAfter: Duration? = nil) -> EngineError {
        EngineError(.transient(retryAfter: retryAfter), message)
    }

    /// A permanent failure.
    public static func permanent(_ message: String) -> EngineError { EngineError(.permanent, message) }

    /// The store's view of the failure.
    public var jobFailure: JobFailure {
        switch kind {
        case .transient(let retryAfter): return .transient(message, retryAfter: retryAfter)
        case .permanent: return .permanent(message)
        }
    }

    /// The message.
    public var description: String { message }
}

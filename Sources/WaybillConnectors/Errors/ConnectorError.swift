/// Every failure a connector reports: what to do about it, and a full, secret-free message.
///
/// The engine needs one decision per failure: retry later (honouring ``retryAfter`` when
/// the server gave one) or dead-letter now. Messages carry the method, the URL without
/// secrets, the status and the server's explanation, but never a credential.
public struct ConnectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the failure may pass on its own.
    public enum Disposition: Sendable, Hashable {
        /// Transient: retry, not before `retryAfter` when given.
        case retryable(retryAfter: Duration?)
        /// Permanent: retrying the same request cannot succeed.
        case permanent
    }

    /// Broad category of the failure, for metrics and audit.
    public enum Category: String, Sendable, Hashable {
        /// Connection refused, reset, DNS, TLS.
        case connection
        /// No response in time.
        case timeout
        /// Rate limited (429).
        case rateLimited
        /// Server error (5xx).
        case server
        /// Authentication failed (401, Odoo AccessDenied).
        case authentication
        /// Not allowed (403, Odoo AccessError).
        case authorization
        /// Rejected input (400, 404, 409, 422, Odoo UserError/ValidationError).
        case validation
        /// Odoo transaction conflict (serialization failure, LockError).
        case concurrency
        /// A response we could not understand.
        case protocolViolation
        /// A configuration mistake (bad base URL, missing value for a path parameter).
        case configuration
    }

    /// Retry or not.
    public let disposition: Disposition
    /// Category of the failure.
    public let category: Category
    /// The HTTP status, when there was a response.
    public let status: Int?
    /// Full, secret-free explanation.
    public let message: String

    /// An error; `message` must already be free of secrets.
    public init(_ disposition: Disposition, _ category: Category, status: Int? = nil, message: String) {
        self.disposition = disposition
        self.category = category
        self.status = status
        self.message = message
    }

    /// Whether the engine should retry.
    public var isRetryable: Bool {
        if case .retryable = disposition { return true }
        return false
    }

    /// The server's requested wait, when retryable and given.
    public var retryAfter: Duration? {
        if case .retryable(let wait) = disposition { return wait }
        return nil
    }

    /// `retryable`/`permanent`, the category, and the message.
    public var description: String {
        let kind = isRetryable ? "retryable" : "permanent"
        let wait = retryAfter.map { " (retry after \($0.timeInterval)s)" } ?? ""
        return "\(kind) \(category.rawValue) error\(wait): \(message)"
    }
}

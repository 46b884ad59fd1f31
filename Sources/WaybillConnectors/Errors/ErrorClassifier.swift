import Foundation

/// Turns transport failures and HTTP error responses into ``ConnectorError`` values.
///
/// Timeouts, connection errors, 429 and 5xx are retryable (with the server's requested wait
/// when one is given); 408 and 425 too. Other 4xx are permanent. A 401 reaching this point
/// is permanent: the auth layer already made its one refresh attempt.
public struct ErrorClassifier: Sendable {
    /// How the wait is read from headers.
    public var retryAfter: RetryAfterParser

    /// A classifier with the given retry-after header names.
    public init(retryAfter: RetryAfterParser = RetryAfterParser()) { self.retryAfter = retryAfter }

    /// Classifies a failure below HTTP.
    public func classify(_ error: TransportError) -> ConnectorError {
        switch error.kind {
        case .timeout: return ConnectorError(.retryable(retryAfter: nil), .timeout, message: error.description)
        case .connection, .cancelled: return ConnectorError(.retryable(retryAfter: nil), .connection, message: error.description)
        case .bodyTooLarge, .invalidResponse: return ConnectorError(.permanent, .protocolViolation, message: error.description)
        }
    }

    /// Classifies a non-2xx response; `nil` for 2xx and 3xx.
    public func classify(_ response: HTTPResponse, method: HTTPMethod, url: String, now: Date) -> ConnectorError? {
        let status = response.status
        guard status >= 400 else { return nil }
        let message = "\(method) \(url) returned HTTP \(status): \(response.bodySnippet())"
        let wait = status == 429 ? retryAfter.retryAfter(in: response.headers, now: now)
            : retryAfter.standardRetryAfter(in: response.headers, now: now)
        switch status {
        case 429: return ConnectorError(.retryable(retryAfter: wait), .rateLimited, status: status, message: message)
        case 408, 425: return ConnectorError(.retryable(retryAfter: wait), .timeout, status: status, message: message)
        case 500...: return ConnectorError(.retryable(retryAfter: wait), .server, status: status, message: message)
        case 401: return ConnectorError(.permanent, .authentication, status: status, message: message)
        case 403: return ConnectorError(.permanent, .authorization, status: status, message: message)
        default: return ConnectorError(.permanent, .validation, status: status, message: message)
        }
    }
}

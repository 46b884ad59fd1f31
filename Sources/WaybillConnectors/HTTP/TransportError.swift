/// A failure below HTTP: no usable response was received.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The connection could not be made or broke (DNS, refused, reset, TLS).
        case connection
        /// No complete response within the timeout.
        case timeout
        /// The response body exceeded the configured cap.
        case bodyTooLarge(limit: Int)
        /// The request could not be built or the response not read.
        case invalidResponse
        /// The task was cancelled.
        case cancelled
    }

    /// The kind of failure.
    public let kind: Kind
    /// The method of the failed request.
    public let method: HTTPMethod
    /// The request URL with secrets removed.
    public let url: String
    /// Detail from the underlying library (secret-free).
    public let detail: String

    /// A transport error; `url` must already be redacted.
    public init(kind: Kind, method: HTTPMethod, url: String, detail: String) {
        self.kind = kind
        self.method = method
        self.url = url
        self.detail = detail
    }

    /// A one-line description.
    public var description: String {
        let what: String
        switch kind {
        case .connection: what = "connection error"
        case .timeout: what = "timed out"
        case .bodyTooLarge(let limit): what = "response body larger than \(limit) bytes"
        case .invalidResponse: what = "invalid response"
        case .cancelled: what = "cancelled"
        }
        return "\(method) \(url): \(what)" + (detail.isEmpty ? "" : " (\(detail))")
    }
}

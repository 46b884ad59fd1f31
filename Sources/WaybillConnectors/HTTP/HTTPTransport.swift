/// Sends one HTTP request and returns the response, whatever its status.
///
/// Transports throw ``TransportError`` for failures below HTTP (connection, timeout,
/// oversized body); an HTTP error status is a normal response, classified later by
/// ``ErrorClassifier``.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production ``HTTPTransport``: Foundation's `URLSession` (libcurl on Linux).
///
/// Create one per system connection and keep it: its session pools connections, so
/// consecutive requests to one host reuse them. Redirects are not followed (a 3xx is
/// returned as is, so credentials never travel to another host), and bodies larger than
/// ``Configuration/maxResponseBytes`` are cut off with ``TransportError/Kind/bodyTooLarge(limit:)``.
public final class URLSessionTransport: HTTPTransport {
    /// Settings of one transport.
    public struct Configuration: Sendable {
        /// Default per-request timeout: a request that makes no progress for this long fails with
        /// `.timeout` (URLSession on Linux restarts this timer whenever bytes arrive).
        public var requestTimeout: Duration
        /// However slowly bytes trickle in, a response not complete within this long (or within
        /// the request's own timeout, if longer) fails with `.timeout`: a server that sends a byte
        /// every few seconds cannot hold a worker forever.
        public var responseDeadline: Duration
        /// Largest response body accepted, in bytes.
        public var maxResponseBytes: Int
        /// Most simultaneous connections to one host.
        public var maxConnectionsPerHost: Int

        /// Settings with defaults of 30 s, 16 MiB and 8 connections; the deadline defaults to
        /// four request timeouts.
        public init(requestTimeout: Duration = .seconds(30), maxResponseBytes: Int = 16 << 20, maxConnectionsPerHost: Int = 8,
                    responseDeadline: Duration? = nil) {
            self.requestTimeout = requestTimeout
            self.responseDeadline = responseDeadline ?? requestTimeout * 4
            self.maxResponseBytes = maxResponseBytes
            self.maxConnectionsPerHost = maxConnectionsPerHost
        }
    }

    private let configuration: Configuration
    private let delegate: URLSessionTransportDelegate
    private let session: URLSession

    /// A transport with its own session.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.httpMaximumConnectionsPerHost = configuration.maxConnectionsPerHost
        sessionConfiguration.timeoutIntervalForRequest = configuration.requestTimeout.timeInterval
        sessionConfiguration.timeoutIntervalForResource = configuration.requestTimeout.timeInterval
        sessionConfiguration.httpCookieAcceptPolicy = .never
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.urlCache = nil
        delegate = URLSessionTransportDelegate(maxBytes: configuration.maxResponseBytes)
        session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Sends the request; see ``HTTPTransport/send(_:)``.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        urlRequest.timeoutInterval = (request.timeout ?? configuration.requestTimeout).timeInterval
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        let task = session.dataTask(with: urlRequest)
        let deadline = max(configuration.responseDeadline, request.timeout ?? .zero)
        let delegate = self.delegate
        let watchdog = Task {
            try await Task.sleep(for: deadline)
            delegate.expire(task, after: deadline)
        }
        defer { watchdog.cancel() }
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                delegate.register(task: task, continuation: continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
        switch outcome {
        case .success(let status, let headers, let body):
            return HTTPResponse(status: status, headers: headers, body: body)
        case .failure(let kind, let detail):
            let finalKind: TransportError.Kind = Task.isCancelled ? .cancelled : kind
            throw TransportError(kind: finalKind, method: request.method, url: request.redactedURL, detail: detail)
        }
    }
}

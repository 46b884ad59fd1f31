import Foundation
import Logging

/// The request pipeline of one system connection: rate budget → credentials → transport →
/// budget adaptation → one refresh-and-retry on 401 → error classification.
///
/// ``execute(_:)`` returns 2xx/3xx responses and throws ``ConnectorError`` for everything
/// else (or `CancellationError` when the task is cancelled while waiting for budget).
public struct SystemChannel: Sendable {
    /// The wire.
    public let transport: any HTTPTransport
    /// Credentials.
    public let authorizer: RequestAuthorizer
    /// The account's shared budget, if limited.
    public let budget: (any RequestBudget)?
    /// Failure classification.
    public let classifier: ErrorClassifier
    /// Wall clock for HTTP-date headers.
    public let now: @Sendable () -> Date
    /// Called after every exchange (for the audit trail and metrics).
    public let observer: (@Sendable (CallRecord) -> Void)?
    /// Debug log of every exchange (method, redacted URL, status, duration).
    public let logger: Logger?

    /// A channel.
    public init(
        transport: any HTTPTransport, authorizer: RequestAuthorizer, budget: (any RequestBudget)? = nil,
        classifier: ErrorClassifier = ErrorClassifier(), now: @escaping @Sendable () -> Date = { Date() },
        observer: (@Sendable (CallRecord) -> Void)? = nil, logger: Logger? = nil
    ) {
        self.transport = transport
        self.authorizer = authorizer
        self.budget = budget
        self.classifier = classifier
        self.now = now
        self.observer = observer
        self.logger = logger
    }

    /// Sends `request` and returns its successful response.
    public func execute(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await executeRaw(request)
        if let error = classifier.classify(response, method: request.method, url: request.redactedURL, now: now()) {
            throw error
        }
        return response
    }

    /// Sends `request` and returns its response whatever the status (after the budget, the
    /// credentials and the one refresh on 401); only transport failures throw. Adapters with
    /// their own error bodies (Odoo JSON-2) classify the status themselves.
    public func executeRaw(_ request: HTTPRequest) async throws -> HTTPResponse {
        var refreshed = false
        while true {
            let (sent, response) = try await sendOnce(request)
            if response.status == 401, !refreshed, authorizer.scheme.canRefresh {
                refreshed = true
                if try await authorizer.refreshAfterUnauthorized(sent) { continue }
            }
            return response
        }
    }

    private func sendOnce(_ request: HTTPRequest) async throws -> (HTTPRequest, HTTPResponse) {
        try await budget?.acquire()
        let authorized: HTTPRequest
        do { authorized = try await authorizer.authorize(request) } catch {
            await budget?.abandon()
            throw error
        }
        let response: HTTPResponse
        let started = ContinuousClock.now
        do {
            response = try await transport.send(authorized)
        } catch let error as TransportError {
            await budget?.abandon()
            let classified = classifier.classify(error)
            report(CallRecord(method: request.method, url: request.redactedURL, status: nil, duration: started.duration(to: .now), failure: classified.category))
            throw classified
        } catch {
            await budget?.abandon()
            throw error
        }
        report(CallRecord(method: request.method, url: request.redactedURL, status: response.status, duration: started.duration(to: .now), failure: nil))
        await budget?.observe(status: response.status, headers: response.headers, now: now())
        return (authorized, response)
    }

    private func report(_ record: CallRecord) {
        observer?(record)
        logger?.debug(
            "http call",
            metadata: [
                "method": "\(record.method)", "url": "\(record.url)", "status": "\(record.status.map(String.init) ?? "-")",
                "duration_ms": "\(Int(record.duration.timeInterval * 1000))", "failure": "\(record.failure?.rawValue ?? "-")",
            ])
    }
}

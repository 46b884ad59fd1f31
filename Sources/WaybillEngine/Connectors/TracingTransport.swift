import Foundation
import WaybillConnectors

/// Wraps a transport so that every HTTP exchange made while a unit of work runs lands in that
/// unit's ``CallTrace`` (method, URL without secrets, status, duration).
struct TracingTransport: HTTPTransport {
    /// The trace of the unit of work running on the current task.
    @TaskLocal static var current: CallTrace?

    let base: any HTTPTransport
    let system: String

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await base.send(request)
            Self.current?.record(CallRecord(
                system: system, method: request.method.rawValue, url: request.redactedURL, status: response.status,
                duration: clock.now - start, result: response.status < 400 ? "ok" : "http \(response.status)"))
            return response
        } catch {
            Self.current?.record(CallRecord(
                system: system, method: request.method.rawValue, url: request.redactedURL, status: nil,
                duration: clock.now - start, result: "transport error"))
            throw error
        }
    }
}

extension CallTrace {
    /// Runs `body` with this trace collecting the HTTP exchanges of connectors' clients.
    func collecting<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await TracingTransport.$current.withValue(self) { try await body() }
    }
}

import Foundation

/// What the server does with a request: answer it, or close the connection without an answer.
public enum SimOutcome: Sendable {
    /// Send this response.
    case respond(SimResponse)
    /// Close the connection (injected `drop` fault).
    case drop
}

/// Serves one simulator independent of the HTTP server: control API, faults, rate limit, routes,
/// call log. `SimulatorServer` feeds it real requests; tests may call `handle` directly.
public struct SimulatorPipeline: Sendable {
    /// The simulator served.
    public let simulator: any Simulator
    private let control: ControlAPI

    /// A pipeline for `simulator`.
    public init(simulator: any Simulator) {
        self.simulator = simulator
        self.control = ControlAPI(simulator: simulator)
    }

    /// Handles one request.
    public func handle(_ request: SimRequest) async -> SimOutcome {
        if request.path.hasPrefix("/_sim/") || request.path == "/_sim" {
            return .respond(await control.handle(request))
        }
        let environment = simulator.environment
        let arrival = environment.clock.now()
        let fault = environment.faults.fault(method: request.method, path: request.path)
        if fault == .drop {
            environment.calls.record(request, status: 0, time: arrival, fault: fault?.label, rateLimited: false)
            return .drop
        }
        if case .slow(let seconds) = fault {
            await environment.clock.sleep(seconds: seconds)
        }
        var extraHeaders: [(name: String, value: String)] = []
        switch simulator.admit(request) {
        case .reject(let response):
            environment.calls.record(request, status: response.status, time: arrival, fault: fault?.label, rateLimited: true)
            return .respond(response)
        case .allow(let headers):
            extraHeaders = headers
        }
        var response: SimResponse
        switch fault {
        case .rateLimit?, .status?:
            response = fault.map { simulator.faultResponse($0, for: request) } ?? .empty(500)
        default:
            response = await route(request)
        }
        if fault == .malformedBody {
            response.body = Self.malformed(response.body)
        }
        response.headers.append(contentsOf: extraHeaders)
        environment.calls.record(request, status: response.status, time: arrival, fault: fault?.label, rateLimited: false)
        return .respond(response)
    }

    private func route(_ request: SimRequest) async -> SimResponse {
        guard let (handler, routed) = simulator.routes.resolve(request) else {
            return simulator.notFound(request)
        }
        do {
            return try await handler(routed)
        } catch let error as SimResponseError {
            return error.response
        } catch {
            return simulator.faultResponse(.status(500), for: request)
        }
    }

    /// A JSON body cut in the middle with a stray brace appended: no JSON parser accepts it.
    static func malformed(_ body: Data) -> Data {
        var cut = Data(body.prefix(max(1, body.count / 2)))
        cut.append(contentsOf: Array("{\"".utf8))
        return cut
    }
}

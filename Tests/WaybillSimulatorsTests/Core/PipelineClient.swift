import Foundation
import Testing
import WaybillSimulators

/// Calls a simulator's pipeline in-process (no sockets) and returns the response.
struct PipelineClient {
    let pipeline: SimulatorPipeline
    var headers: [String: String] = [:]

    init(_ simulator: any Simulator, headers: [String: String] = [:]) {
        pipeline = SimulatorPipeline(simulator: simulator)
        self.headers = headers
    }

    func call(_ method: String, _ target: String, json: JSONValue? = nil, body: Data? = nil,
              headers extra: [String: String] = [:]) async -> SimResponse {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let request = SimRequest(method: method, path: parts[0], query: parts.count > 1 ? parts[1] : "",
                                 headers: headers.merging(extra) { $1 }, body: body ?? json?.serialized() ?? Data())
        switch await pipeline.handle(request) {
        case .respond(let response): return response
        case .drop: return SimResponse(status: 0)
        }
    }

    func get(_ target: String, headers: [String: String] = [:]) async -> SimResponse {
        await call("GET", target, headers: headers)
    }

    func post(_ target: String, _ json: JSONValue, headers: [String: String] = [:]) async -> SimResponse {
        await call("POST", target, json: json, headers: headers)
    }
}

/// A simulator environment on a manual clock, as tests use it.
func manualEnvironment() -> SimulatorEnvironment {
    SimulatorEnvironment(clock: .manual())
}

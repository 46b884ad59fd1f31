import Foundation
import WaybillSimulators

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A response read by the test client.
struct HTTPResult {
    let status: Int
    let headers: [String: String]
    let body: Data
    var json: JSONValue? { JSONValue.parse(body) }
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// Plain URLSession over loopback: what any client of the simulators does.
struct HTTPTestClient {
    let base: String
    private let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        // Generous: in the full parallel suite on two cores an answer can wait many seconds for a thread.
        configuration.timeoutIntervalForRequest = 90
        return URLSession(configuration: configuration)
    }()

    init(_ base: String) {
        self.base = base
    }

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> HTTPResult {
        guard let url = URL(string: base + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        return HTTPResult(status: http.statusCode, headers: fields, body: data)
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> HTTPResult {
        try await send("GET", path, headers: headers)
    }

    func post(_ path: String, json: JSONValue, headers: [String: String] = [:]) async throws -> HTTPResult {
        var all = headers
        all["Content-Type"] = "application/json"
        return try await send("POST", path, headers: all, body: json.serialized())
    }
}

/// Starts `simulator` on a free loopback port, runs `body`, stops the server.
func withServer<S: Simulator>(_ simulator: S, _ body: (HTTPTestClient) async throws -> Void) async throws {
    let server = SimulatorServer(simulator: simulator)
    let base = try await server.start()
    do {
        try await body(HTTPTestClient(base))
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WaybillSimulators

/// What a person does in a remote system's UI, done through the simulator's own API: used by the
/// demo script (buying a label in ShipStation, refunding in Shopify).
public enum SandboxHTTP {
    /// Sends `body` (JSON) to `simulator` at `path` with `headers`; returns the status and the decoded answer.
    @discardableResult
    public static func send(
        _ simulator: any Simulator, _ method: String, _ path: String, body: JSONValue? = nil,
        headers: [String: String] = [:]
    ) async throws -> (status: Int, body: JSONValue?) {
        guard let url = URL(string: simulator.environment.baseURL + path) else {
            throw SandboxError("bad path \(path)")
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body { request.httpBody = body.serialized() }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, JSONValue.parse(data))
    }

    /// `Authorization: Basic …` for a user and password.
    public static func basic(_ user: String, _ password: String) -> String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }
}

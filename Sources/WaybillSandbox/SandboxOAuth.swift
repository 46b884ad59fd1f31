import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WaybillSimulators

/// The one-time step an operator does in a browser: exchanging an authorization code for the
/// first refresh token (the engine rotates it from then on).
enum SandboxOAuth {
    static func exchangeDemoCode(_ shipBob: ShipBobSimulator) async throws -> String {
        let credentials = shipBob.credentials
        guard let url = URL(string: shipBob.environment.baseURL + "/connect/token") else {
            throw SandboxError("bad ShipBob token URL")
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let form = [("grant_type", "authorization_code"), ("code", credentials["authorization_code"] ?? ""),
                    ("client_id", credentials["client_id"] ?? ""), ("client_secret", credentials["client_secret"] ?? ""),
                    ("redirect_uri", "https://localhost/callback")]
        request.httpBody = Data(FormEncoding.encode(form).utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let refresh = object["refresh_token"] as? String
        else { throw SandboxError("the ShipBob token endpoint gave no refresh token") }
        return refresh
    }
}

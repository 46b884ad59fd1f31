import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WaybillSimulators

/// The one-time step an operator does in a browser: exchanging an authorization code for the
/// first refresh token (the engine rotates it from then on).
enum SandboxOAuth {
    /// Posts the `authorization_code` grant to the token endpoint; returns the refresh token.
    static func exchange(_ grant: SimulatorOAuthGrant) async throws -> String {
        guard let url = URL(string: grant.tokenURL) else { throw SandboxError("bad token URL \(grant.tokenURL)") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let form = [("grant_type", "authorization_code"), ("code", grant.code), ("client_id", grant.clientID),
                    ("client_secret", grant.clientSecret), ("redirect_uri", grant.redirectURI)]
        request.httpBody = Data(FormEncoding.encode(form).utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let refresh = object["refresh_token"] as? String
        else { throw SandboxError("the token endpoint \(grant.tokenURL) gave no refresh token") }
        return refresh
    }
}

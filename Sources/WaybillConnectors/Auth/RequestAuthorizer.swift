import Foundation

/// Applies one connection's ``AuthScheme`` to outgoing requests.
public final class RequestAuthorizer: Sendable {
    /// The scheme.
    public let scheme: AuthScheme
    /// The token provider, for `oauth2Refresh`.
    public let tokens: OAuth2TokenProvider?
    private let now: @Sendable () -> Date
    private let nonce: @Sendable () -> String

    /// An authorizer; `transport` is used only to reach an OAuth2 token endpoint.
    public init(
        scheme: AuthScheme, transport: any HTTPTransport, now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> String = { UUID().uuidString.replacingOccurrences(of: "-", with: "") }
    ) {
        self.scheme = scheme
        self.now = now
        self.nonce = nonce
        if case .oauth2Refresh(let configuration) = scheme {
            tokens = OAuth2TokenProvider(configuration: configuration, transport: transport, now: now)
        } else {
            tokens = nil
        }
    }

    /// `request` with credentials added.
    public func authorize(_ request: HTTPRequest) async throws -> HTTPRequest {
        var request = request
        switch scheme {
        case .none:
            break
        case .basic(let username, let password):
            let pair = Data("\(username):\(password.exposedValue)".utf8).base64EncodedString()
            request.headers.set("Authorization", "Basic \(pair)")
        case .apiKeyHeader(let name, let value):
            request.headers.set(name, value.exposedValue)
        case .bearer(let token):
            request.headers.set("Authorization", "Bearer \(token.exposedValue)")
        case .oauth2Refresh:
            guard let tokens else { break }
            let token = try await tokens.accessToken()
            request.headers.set("Authorization", "Bearer \(token.exposedValue)")
        case .odooAPIKey(let database, _, let key):
            request.headers.set("Authorization", "bearer \(key.exposedValue)")
            if !database.isEmpty { request.headers.set("X-Odoo-Database", database) }
        case .oauth1Query(let consumerKey, let consumerSecret):
            let signer = OAuth1QuerySigner(consumerKey: consumerKey, consumerSecret: consumerSecret)
            request.url = signer.sign(method: request.method, url: request.url, timestamp: Int(now().timeIntervalSince1970), nonce: nonce())
        }
        return request
    }

    /// After a 401 to `sent`: refreshes credentials once if the scheme can; returns whether a
    /// retry is worth making.
    public func refreshAfterUnauthorized(_ sent: HTTPRequest) async throws -> Bool {
        guard let tokens else { return false }
        let used = sent.headers["Authorization"].map { Secret(String($0.dropFirst("Bearer ".count))) }
        _ = try await tokens.refresh(replacing: used)
        return true
    }
}

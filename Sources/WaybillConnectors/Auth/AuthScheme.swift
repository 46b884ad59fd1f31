import Foundation

/// How requests to one system connection authenticate (a descriptor built from the system
/// file and the connection's secrets).
public enum AuthScheme: Sendable {
    /// No credentials.
    case none
    /// HTTP Basic: `Authorization: Basic base64(username:password)`.
    case basic(username: String, password: Secret)
    /// A header carrying a key, e.g. `API-Key: …` or `X-Shopify-Access-Token: …`.
    case apiKeyHeader(name: String, value: Secret)
    /// `Authorization: Bearer <token>` with a long-lived token.
    case bearer(token: Secret)
    /// OAuth2 refresh-token grant: access tokens fetched and refreshed before expiry.
    case oauth2Refresh(OAuth2Configuration)
    /// Odoo API key: `Authorization: bearer <key>` and `X-Odoo-Database` for JSON-2; the
    /// Odoo adapter also puts database, login and key into XML-RPC calls.
    case odooAPIKey(database: String, login: String, key: Secret)
    /// OAuth 1.0a one-legged signing in the query string (RFC 5849, HMAC-SHA256), as
    /// WooCommerce requires over plain http.
    case oauth1Query(consumerKey: Secret, consumerSecret: Secret)

    /// Whether a 401 may be cured by refreshing credentials once.
    public var canRefresh: Bool {
        if case .oauth2Refresh = self { return true }
        return false
    }
}

/// Where an OAuth2 refresh token comes from and where a rotated one goes.
public struct RefreshTokenStore: Sendable {
    /// Reads the current refresh token (e.g. from the encrypted secret store).
    public var load: @Sendable () async throws -> Secret
    /// Saves a rotated refresh token; completes before the new access token is used.
    public var persist: @Sendable (Secret) async throws -> Void

    /// A store from two closures.
    public init(load: @escaping @Sendable () async throws -> Secret, persist: @escaping @Sendable (Secret) async throws -> Void) {
        self.load = load
        self.persist = persist
    }
}

/// Settings of the OAuth2 refresh-token grant.
public struct OAuth2Configuration: Sendable {
    /// The token endpoint, e.g. `https://auth.shipbob.com/connect/token`.
    public var tokenURL: URL
    /// The client id.
    public var clientID: String
    /// The client secret.
    public var clientSecret: Secret
    /// The refresh token's source and sink.
    public var refreshTokens: RefreshTokenStore
    /// Refresh this long before the access token expires.
    public var refreshSkew: Duration
    /// Lifetime assumed when the token response has no `expires_in`.
    public var defaultLifetime: Duration

    /// Settings; refresh 60 s before expiry by default.
    public init(
        tokenURL: URL, clientID: String, clientSecret: Secret, refreshTokens: RefreshTokenStore,
        refreshSkew: Duration = .seconds(60), defaultLifetime: Duration = .seconds(3600)
    ) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshTokens = refreshTokens
        self.refreshSkew = refreshSkew
        self.defaultLifetime = defaultLifetime
    }
}

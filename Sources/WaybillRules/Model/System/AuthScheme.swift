/// How a system authenticates. Secret values are never in rule files: each `SecretSlot` names a
/// slot that a connection fills from the secrets store.
public enum AuthScheme: Sendable, Hashable {
    /// HTTP Basic.
    case basic(username: SecretSlot, password: SecretSlot)
    /// An API key in a header.
    case apiKeyHeader(header: String, value: SecretSlot)
    /// `Authorization: Bearer`.
    case bearer(token: SecretSlot)
    /// OAuth2 with a refresh token, refreshed `refreshBefore` expiry.
    case oauth2Refresh(tokenURL: String, clientID: SecretSlot, clientSecret: SecretSlot,
                       refreshToken: SecretSlot, refreshBefore: RuleDuration)
    /// OAuth 1.0a one-legged, signature in the query (WooCommerce over http).
    case oauth1Query(consumerKey: SecretSlot, consumerSecret: SecretSlot, method: String)
    /// Odoo API key (database and login come from the connection).
    case odooAPIKey(apiKey: SecretSlot)
    /// No authentication.
    case none
    /// One of several named schemes, chosen per connection (`auth:` in connections.yaml), else `defaultChoice`.
    case anyOf(choices: [AuthChoice], defaultChoice: String?)

    /// The scheme's name as written in rule files.
    public var schemeName: String {
        switch self {
        case .basic: return "basic"
        case .apiKeyHeader: return "api_key_header"
        case .bearer: return "bearer"
        case .oauth2Refresh: return "oauth2_refresh"
        case .oauth1Query: return "oauth1_query"
        case .odooAPIKey: return "odoo_api_key"
        case .none: return "none"
        case .anyOf: return "any_of"
        }
    }

    /// The secret slots the scheme needs.
    public var slots: [SecretSlot] {
        switch self {
        case .basic(let user, let password): return [user, password]
        case .apiKeyHeader(_, let value): return [value]
        case .bearer(let token): return [token]
        case .oauth2Refresh(_, let id, let secret, let refresh, _): return [id, secret, refresh]
        case .oauth1Query(let key, let secret, _): return [key, secret]
        case .odooAPIKey(let key): return [key]
        case .none: return []
        case .anyOf(let choices, _): return choices.flatMap(\.scheme.slots)
        }
    }
}

/// A secret slot (`{ secret: api_key }`): the connection maps it to a secret name in the store.
public struct SecretSlot: Sendable, Hashable, Codable {
    /// The slot name.
    public var name: String
}

/// The schemes' names.
enum AuthSchemeName: String, CaseIterable {
    case basic, api_key_header, bearer, oauth2_refresh, oauth1_query, odoo_api_key, none, any_of
}

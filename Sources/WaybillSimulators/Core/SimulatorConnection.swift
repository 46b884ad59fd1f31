import Foundation

/// What a connections file needs to reach a running simulator as one system: the base URL, the
/// connection's other keys and settings, and the secret values by the slot names the bundled
/// system file's auth and webhook verification expect (`api_key`, `webhook_secret`…).
/// The sandbox writes only the slots the system's (chosen) scheme names.
public struct SimulatorConnection: Sendable {
    /// `base_url` of the connection (the simulator's address plus any API prefix).
    public var baseURL: String
    /// Other top-level connection keys (Odoo: `database`, `login`, `protocol`), as plain YAML scalars.
    public var fields: [String: String]
    /// `settings:` of the connection (`channel_id`…), as plain YAML scalars.
    public var settings: [String: String]
    /// Secret values by slot name, for every scheme the system offers.
    public var secrets: [String: String]
    /// How to obtain the first refresh token when the connection authenticates by OAuth2.
    public var oauth: SimulatorOAuthGrant?

    /// A connection declaration.
    public init(
        baseURL: String, fields: [String: String] = [:], settings: [String: String] = [:],
        secrets: [String: String] = [:], oauth: SimulatorOAuthGrant? = nil
    ) {
        self.baseURL = baseURL
        self.fields = fields
        self.settings = settings
        self.secrets = secrets
        self.oauth = oauth
    }
}

/// The one-time authorization-code grant an operator completes in a browser: posting `code` with
/// the client credentials to `tokenURL` answers the first refresh token.
public struct SimulatorOAuthGrant: Sendable {
    /// The token endpoint (also written as the connection's `token_url` setting).
    public var tokenURL: String
    /// A ready single-use authorization code.
    public var code: String
    /// The OAuth client id.
    public var clientID: String
    /// The OAuth client secret.
    public var clientSecret: String
    /// The redirect URI the code was issued for.
    public var redirectURI: String

    /// A grant.
    public init(tokenURL: String, code: String, clientID: String, clientSecret: String,
                redirectURI: String = "https://localhost/callback") {
        self.tokenURL = tokenURL
        self.code = code
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.redirectURI = redirectURI
    }
}

extension Simulator {
    /// The simulator's catalogue name only.
    public var systems: [String] { [name] }

    /// The simulator's address, with ``Simulator/credentials`` as the secret values and the
    /// webhook signing secret (when it signs) as `webhook_secret`.
    public func connection(for system: String) -> SimulatorConnection {
        var secrets = credentials
        if !webhookSecret.isEmpty { secrets["webhook_secret"] = webhookSecret }
        return SimulatorConnection(baseURL: environment.baseURL, secrets: secrets)
    }
}

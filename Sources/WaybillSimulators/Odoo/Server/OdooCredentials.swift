/// The one user the simulated database knows, and how clients may authenticate as it.
public struct OdooCredentials: Sendable, Equatable {
    /// Database name (`X-Odoo-Database`, first argument of every XML-RPC call).
    public var database: String
    /// Login of the integration user.
    public var login: String
    /// Password of the integration user.
    public var password: String
    /// API key: accepted in place of the password over XML-RPC, and as the bearer token of JSON-2.
    public var apiKey: String
    /// The user's id, returned by `authenticate`.
    public var uid: Int

    /// Demo credentials: database `waybill`, user `admin` / `admin`, uid 2.
    public init(
        database: String = "waybill", login: String = "admin", password: String = "admin",
        apiKey: String = "7c3f9a1e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e", uid: Int = 2
    ) {
        self.database = database
        self.login = login
        self.password = password
        self.apiKey = apiKey
        self.uid = uid
    }

    /// True if `secret` is the password or the API key.
    func accepts(_ secret: String) -> Bool { secret == password || secret == apiKey }
}

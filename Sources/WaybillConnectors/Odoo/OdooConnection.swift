import Foundation

/// The wire protocol used to talk to Odoo.
public enum OdooProtocol: String, Sendable, Hashable {
    /// `/xmlrpc/2/common` and `/xmlrpc/2/object` (all versions; deprecated from 19.0).
    case xmlRPC = "xmlrpc"
    /// `/json/2/<model>/<method>` with a bearer API key (19.0 and later).
    case json2 = "json2"
}

/// One Odoo database connection, as the connections file names it.
public struct OdooConnection: Sendable {
    /// The validated base URL.
    public var baseURL: OdooBaseURL
    /// The database name.
    public var database: String
    /// The login (user name or email) of the API user.
    public var login: String
    /// The API key (or password, for old versions).
    public var apiKey: Secret
    /// A fixed protocol instead of version detection.
    public var protocolOverride: OdooProtocol?

    /// A connection.
    public init(baseURL: OdooBaseURL, database: String, login: String, apiKey: Secret, protocolOverride: OdooProtocol? = nil) {
        self.baseURL = baseURL
        self.database = database
        self.login = login
        self.apiKey = apiKey
        self.protocolOverride = protocolOverride
    }

    /// The matching auth scheme (bearer key and database header for JSON-2).
    public var authScheme: AuthScheme { .odooAPIKey(database: database, login: login, key: apiKey) }
}

/// An Odoo server version, as reported by `common.version` or `/web/version`.
public struct OdooVersion: Sendable, Hashable, CustomStringConvertible {
    /// The major version (e.g. 19; `saas~18` gives 18).
    public var major: Int
    /// The minor version (e.g. 4 for `saas~18.4`).
    public var minor: Int
    /// The version text, e.g. `19.0` or `saas~18.4`.
    public var text: String

    /// A version.
    public init(major: Int, minor: Int, text: String) {
        self.major = major
        self.minor = minor
        self.text = text
    }

    /// Reads `server_version_info`/`version_info` (`[19, 0, 0, "final", 0, ""]` or
    /// `["saas~18", 4, …]`); `nil` if unreadable.
    public init?(info: JSONValue, text: String?) {
        guard let elements = info.arrayValue, let first = elements.first else { return nil }
        let major: Int?
        switch first {
        case .int(let number): major = number
        case .string(let raw): major = Int(raw.replacingOccurrences(of: "saas~", with: ""))
        default: major = nil
        }
        guard let major else { return nil }
        let minorNumber = elements.count > 1 ? (elements[1].intValue ?? 0) : 0
        self.major = major
        minor = minorNumber
        self.text = text ?? "\(major).\(minorNumber)"
    }

    /// JSON-2 from 19.0 on, XML-RPC before.
    public var preferredProtocol: OdooProtocol { major >= 19 ? .json2 : .xmlRPC }

    /// The text.
    public var description: String { text }
}

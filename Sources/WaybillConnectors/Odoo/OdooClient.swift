import Foundation

/// The Odoo adapter: XML-RPC or JSON-2, chosen by server version (overridable).
///
/// Detects the version once (`GET /web/version`, falling back to `common.version`),
/// authenticates once (`common.authenticate` or `res.users/context_get`), then offers
/// the ORM calls an integration needs. Every failure is a ``ConnectorError``; faults are
/// mapped by ``OdooErrorClassifier``.
public actor OdooClient {
    /// The connection.
    public let connection: OdooConnection
    let channel: SystemChannel
    var version: OdooVersion?
    var uid: Int?

    /// A client over `channel` (whose authorizer should use ``OdooConnection/authScheme``).
    public init(connection: OdooConnection, channel: SystemChannel) {
        self.connection = connection
        self.channel = channel
    }

    /// A client with its own channel: `transport`, the connection's API key, and `budget`.
    public init(connection: OdooConnection, transport: any HTTPTransport, budget: (any RequestBudget)? = nil) {
        self.connection = connection
        channel = SystemChannel(
            transport: transport, authorizer: RequestAuthorizer(scheme: connection.authScheme, transport: transport), budget: budget)
    }

    /// The server's version (detected once).
    public func serverVersion() async throws -> OdooVersion {
        if let version { return version }
        let detected = try await detectVersion()
        version = detected
        return detected
    }

    /// The protocol in use: the override, or the version's preference.
    public func activeProtocol() async throws -> OdooProtocol {
        if let forced = connection.protocolOverride { return forced }
        return try await serverVersion().preferredProtocol
    }

    /// The API user's id (authenticated once).
    public func userID() async throws -> Int {
        if let uid { return uid }
        let found = try await authenticate()
        uid = found
        return found
    }

    private func detectVersion() async throws -> OdooVersion {
        let url = connection.baseURL.url.appendingPathComponent("web/version")
        let response = try await channel.executeRaw(HTTPRequest(method: .get, url: url, headers: ["Accept": "application/json"]))
        if response.isSuccess, let body = try? JSONValue.parse(response.body),
            let info = body["version_info"], let found = OdooVersion(info: info, text: body["version"]?.stringValue)
        {
            return found
        }
        let result = try await xmlRPC(service: "common", method: "version", params: [], context: "common.version")
        guard let info = result["server_version_info"], let found = OdooVersion(info: info, text: result["server_version"]?.stringValue) else {
            throw ConnectorError(.permanent, .protocolViolation, message: "Odoo at \(connection.baseURL.url) reported no readable version")
        }
        return found
    }

    private func authenticate() async throws -> Int {
        switch try await activeProtocol() {
        case .xmlRPC:
            let params: [XMLRPCValue] = [
                .string(connection.database), .string(connection.login), .string(connection.apiKey.exposedValue), .structure([:]),
            ]
            let result = try await xmlRPC(service: "common", method: "authenticate", params: params, context: "common.authenticate")
            guard let uid = result.intValue, uid > 0 else {
                throw ConnectorError(
                    .permanent, .authentication,
                    message: "Odoo rejected login '\(connection.login)' for database '\(connection.database)' (check the API key)")
            }
            return uid
        case .json2:
            let context = try await json2(model: "res.users", method: "context_get", body: [:])
            guard let uid = context["uid"]?.intValue else {
                throw ConnectorError(.permanent, .protocolViolation, message: "Odoo res.users/context_get returned no uid")
            }
            return uid
        }
    }
}

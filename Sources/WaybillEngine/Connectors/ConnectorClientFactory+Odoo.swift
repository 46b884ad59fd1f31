import Foundation
import WaybillConnectors

extension ConnectorClientFactory {
    /// An Odoo client without rule files (tests, tools): base URL, database, login, API key.
    /// `protocolOverride` forces XML-RPC or JSON-2; otherwise the server version decides.
    public static func odooClient(
        system: String = "odoo", baseURL: String, database: String, login: String, apiKey: String,
        protocolOverride: WaybillConnectors.OdooProtocol? = nil, rateLimit: RateLimitDescriptor? = nil
    ) throws -> any SystemClient {
        guard let url = URL(string: baseURL) else { throw EngineError.configuration("bad base URL \(baseURL)") }
        let odooURL: OdooBaseURL
        do { odooURL = try OdooBaseURL(baseURL) } catch { throw EngineError.configuration("\(error)") }
        let wire = TracingTransport(base: URLSessionTransport(), system: system)
        let budget = rateLimit.map { RateBudget($0, clock: ContinuousClock()) }
        let connection = OdooConnection(baseURL: odooURL, database: database, login: login, apiKey: Secret(apiKey),
                                        protocolOverride: protocolOverride)
        return OdooSystemClient(system: system, client: OdooClient(connection: connection, transport: wire,
                                                                   budget: budget), baseURL: url)
    }
}

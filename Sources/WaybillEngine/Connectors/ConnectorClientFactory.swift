import Foundation
import WaybillConnectors
import WaybillExpressions
import WaybillRules

/// Builds real clients from system files and connections: one transport, one rate budget and one
/// credential holder per (tenant, system) account, shared by every flow and worker using it.
public struct ConnectorClientFactory: SystemClientFactory {
    /// Transport settings.
    public var transport: URLSessionTransport.Configuration
    /// Persists a rotated OAuth2 refresh token under a secret name before it is used.
    public var saveSecret: @Sendable (String, String) async throws -> Void
    /// The clock a system's credentials are judged by (when an OAuth2 access token is due for
    /// refresh, OAuth1 timestamps), by system name. The wall clock unless a test or sandbox runs
    /// a system on a controlled clock.
    public var now: @Sendable (String) -> Date

    /// Creates a factory.
    public init(
        transport: URLSessionTransport.Configuration = URLSessionTransport.Configuration(),
        saveSecret: @escaping @Sendable (String, String) async throws -> Void,
        now: @escaping @Sendable (String) -> Date = { _ in Date() }
    ) {
        self.transport = transport
        self.saveSecret = saveSecret
        self.now = now
    }

    /// A client for one connection of a system.
    public func makeClient(
        system: SystemDefinition, connection: Connection, tenant: String,
        secret: @escaping @Sendable (String) async throws -> String
    ) async throws -> any SystemClient {
        guard let text = connection.baseURL ?? system.baseURL.defaultURL, let baseURL = URL(string: text) else {
            throw EngineError.configuration("\(tenant)/\(system.name): no base_url")
        }
        let wire = TracingTransport(base: URLSessionTransport(configuration: transport), system: system.name)
        let budget = system.rateLimit.map { RateBudget(Self.descriptor($0), clock: ContinuousClock()) }
        switch system.kind {
        case .odoo:
            let key: String
            if case .odooAPIKey(let slot)? = system.auth { key = try await secret(slot.name) } else {
                key = try await secret("api_key")
            }
            let odooURL: OdooBaseURL
            do { odooURL = try OdooBaseURL(text) } catch {
                throw EngineError.configuration("\(tenant)/\(system.name): \(error)")
            }
            let protocolOverride: WaybillConnectors.OdooProtocol?
            switch connection.odooProtocol ?? system.odooProtocol {
            case .xmlrpc?: protocolOverride = .xmlRPC
            case .json2?: protocolOverride = .json2
            default: protocolOverride = nil
            }
            let odoo = OdooConnection(baseURL: odooURL, database: connection.database ?? "",
                                      login: connection.login ?? "", apiKey: Secret(key),
                                      protocolOverride: protocolOverride)
            return OdooSystemClient(system: system.name, client: OdooClient(connection: odoo, transport: wire,
                                                                            budget: budget),
                                    baseURL: baseURL)
        case .rest:
            let scheme = try await auth(system, baseURL: baseURL, connection: connection, secret: secret)
            let clock = now
            let name = system.name
            let authorizer = RequestAuthorizer(scheme: scheme, transport: wire, now: { clock(name) })
            let channel = SystemChannel(transport: wire, authorizer: authorizer, budget: budget)
            let settings = Value.object(connection.settings.mapValues(ExpressionTranslator.value))
            let scope = UnitScope(unit: .object([:]), flow: "", connection: [:], tables: InMemoryLookupTables(),
                                  now: Date())
            var withSettings = scope
            withSettings.bind("connection", settings)
            var headers = HTTPHeaders()
            for header in system.headers {
                let value = try ExpressionTranslator().compile(header.value).evaluate(withSettings)
                headers.add(header.name, value.text ?? "")
            }
            var fixed: [String: [(String, String)]] = [:]
            for (resourceName, resource) in system.resources {
                for (operationName, operation) in resource.operations {
                    fixed["\(resourceName).\(operationName)"] = try operation.query.compactMap { parameter in
                        guard let value = parameter.value else { return nil }
                        let text = try ExpressionTranslator().compile(value).evaluate(withSettings).text ?? ""
                        return (parameter.name, text)
                    }
                }
            }
            return RESTSystemClient(system: system.name, definition: system,
                                    client: RESTClient(baseURL: baseURL, requiredHeaders: headers, channel: channel),
                                    baseURL: baseURL, fixedQuery: fixed)
        }
    }
}

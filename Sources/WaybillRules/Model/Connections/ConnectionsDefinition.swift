/// The tenants of one deployment (`connections.yaml`).
public struct ConnectionsDefinition: Sendable {
    /// Tenants in file order.
    public var tenants: [Tenant]
    /// Where the document is.
    public var location: SourceLocation
}

/// One set of accounts; flows run per tenant.
public struct Tenant: Sendable {
    /// Tenant name.
    public var name: String
    /// Packs to run (empty: all).
    public var packs: [String]
    /// Flows excluded.
    public var excludedFlows: [String]
    /// Connections by system name.
    public var connections: [Connection]
    /// Where it is declared.
    public var location: SourceLocation
}

/// One account in one system.
public struct Connection: Sendable {
    /// The system name.
    public var system: String
    /// Base URL.
    public var baseURL: String?
    /// Odoo database.
    public var database: String?
    /// Odoo login.
    public var login: String?
    /// Odoo protocol override.
    public var odooProtocol: OdooProtocol?
    /// Settings visible to templates as `connection.<name>`.
    public var settings: [String: LiteralValue]
    /// Secret slot → secret name in the store.
    public var secrets: [String: String]
    /// Secret name of the webhook path token.
    public var webhookPathTokenSecret: String?
    /// The chosen scheme of a system whose auth is `any_of` (nil: the system's default).
    public var auth: String? = nil
    /// Where it is declared.
    public var location: SourceLocation
}

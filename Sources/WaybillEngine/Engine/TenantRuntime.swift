import WaybillExpressions

/// Everything one tenant's units of work run with: its name (the store's `connection`), its
/// clients (one per system account), its lookup tables and its connection settings.
public struct TenantRuntime: Sendable {
    /// The tenant's name; used as the store's `connection` of jobs, cursors and bindings.
    public var name: String
    /// Clients by system.
    public var clients: ClientDirectory
    /// Static lookup tables.
    public var tables: any LookupTables
    /// Settings visible as `connection.<name>`, by system (the flow's source system's settings
    /// are used), merged across systems in this simple form.
    public var settings: [String: Value]

    /// Creates a runtime.
    public init(
        name: String, clients: ClientDirectory, tables: any LookupTables = InMemoryLookupTables(),
        settings: [String: Value] = [:]
    ) {
        self.name = name
        self.clients = clients
        self.tables = tables
        self.settings = settings
    }
}

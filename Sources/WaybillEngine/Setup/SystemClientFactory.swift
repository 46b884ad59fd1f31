import WaybillRules

/// Builds the client of one account of one system from its rule-file descriptor, the
/// connection's settings and its secrets. The connectors adapter implements it; tests may
/// supply in-memory systems.
public protocol SystemClientFactory: Sendable {
    /// A client for `connection` of `system`; `secret(slot)` resolves a secret slot of the
    /// connection to its plaintext (never log it).
    func makeClient(
        system: SystemDefinition, connection: Connection, tenant: String,
        secret: @escaping @Sendable (String) async throws -> String
    ) async throws -> any SystemClient
}

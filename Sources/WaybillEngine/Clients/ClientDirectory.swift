/// The clients of one tenant by system name, built once and shared by every flow and worker.
public struct ClientDirectory: Sendable {
    /// Clients by system name.
    public var clients: [String: any SystemClient]

    /// Creates a directory.
    public init(_ clients: [String: any SystemClient]) {
        self.clients = clients
    }

    /// The client of a system, or a configuration error.
    public func client(_ system: String) throws -> any SystemClient {
        guard let client = clients[system] else {
            throw EngineError.configuration("no connection for system `\(system)`")
        }
        return client
    }
}

/// Names one poll cursor: a source read by a flow for a connection.
public struct CursorKey: Sendable, Hashable {
    /// The connection (tenant).
    public var connection: String
    /// The flow.
    public var flow: String
    /// The source resource or model (e.g. `stock.picking`).
    public var source: String

    /// Creates a cursor key.
    public init(connection: String, flow: String, source: String) {
        self.connection = connection
        self.flow = flow
        self.source = source
    }
}

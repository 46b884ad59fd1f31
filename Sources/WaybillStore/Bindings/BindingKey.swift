/// Names the source side of a binding.
public struct BindingKey: Sendable, Hashable {
    /// The connection (tenant).
    public var connection: String
    /// The flow.
    public var flow: String
    /// The unit of work's identity (e.g. `shipstation:order:1001`).
    public var sourceIdentity: String

    /// Creates a binding key.
    public init(connection: String, flow: String, sourceIdentity: String) {
        self.connection = connection
        self.flow = flow
        self.sourceIdentity = sourceIdentity
    }
}

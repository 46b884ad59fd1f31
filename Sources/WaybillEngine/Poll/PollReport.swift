/// What one poll of one flow for one tenant did.
public struct PollReport: Sendable, Hashable {
    /// The flow.
    public var flow: String
    /// The tenant.
    public var tenant: String
    /// Records read (the lookback window included).
    public var read: Int = 0
    /// Records dropped because they were already processed at the same version.
    public var alreadySeen: Int = 0
    /// Jobs enqueued.
    public var enqueued: Int = 0
    /// Pages fetched.
    public var pages: Int = 0

    /// Creates an empty report.
    public init(flow: String, tenant: String) {
        self.flow = flow
        self.tenant = tenant
    }
}

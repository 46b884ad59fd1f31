/// One HTTP exchange as the audit trail and metrics see it: never a secret.
public struct CallRecord: Sendable, Hashable {
    /// The method.
    public var method: HTTPMethod
    /// The URL with secret query values and user-info removed.
    public var url: String
    /// The status, when a response arrived.
    public var status: Int?
    /// Wall time from sending to the response or failure (budget waits excluded).
    public var duration: Duration
    /// The failure category when no response arrived (timeout, connection, …).
    public var failure: ConnectorError.Category?

    /// A record.
    public init(method: HTTPMethod, url: String, status: Int?, duration: Duration, failure: ConnectorError.Category?) {
        self.method = method
        self.url = url
        self.status = status
        self.duration = duration
        self.failure = failure
    }
}

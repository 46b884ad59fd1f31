import WaybillConnectors

/// One delivery as the HTTP layer received it: nothing parsed yet.
public struct IntakeRequest: Sendable {
    /// The tenant path segment.
    public var tenant: String
    /// The system path segment.
    public var system: String
    /// The secret path token segment, if the URL has one.
    public var pathToken: String?
    /// Request headers.
    public var headers: WaybillConnectors.HTTPHeaders
    /// The raw body (already capped by the HTTP layer).
    public var body: [UInt8]

    /// Creates a request.
    public init(
        tenant: String, system: String, pathToken: String? = nil, headers: WaybillConnectors.HTTPHeaders,
        body: [UInt8]
    ) {
        self.tenant = tenant
        self.system = system
        self.pathToken = pathToken
        self.headers = headers
        self.body = body
    }
}

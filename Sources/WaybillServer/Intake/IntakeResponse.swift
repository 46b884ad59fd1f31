/// What the receiver answers. Texts are generic: a refusal never says why (the audit trail does).
public struct IntakeResponse: Sendable, Hashable {
    /// HTTP status code.
    public var status: Int
    /// Plain-text body.
    public var text: String

    /// Creates a response.
    public init(status: Int, text: String) {
        self.status = status
        self.text = text
    }

    /// The delivery's jobs are committed (or it was a duplicate of a committed one).
    public static let accepted = IntakeResponse(status: 200, text: "ok\n")
    /// An unsigned ping, answered and ignored.
    public static let ping = IntakeResponse(status: 200, text: "ok\n")
    /// No route for this tenant and system.
    public static let notFound = IntakeResponse(status: 404, text: "not found\n")
    /// Signature, timestamp or path token refused.
    public static let unauthorized = IntakeResponse(status: 401, text: "unauthorized\n")
    /// A verified delivery for another channel than the connection's (`webhooks.channel_check`).
    public static let forbidden = IntakeResponse(status: 403, text: "forbidden\n")
    /// The body is over the size cap.
    public static let tooLarge = IntakeResponse(status: 413, text: "payload too large\n")
    /// A verified body the flows cannot use.
    public static let badRequest = IntakeResponse(status: 400, text: "bad request\n")
    /// The store could not commit; the sender should retry.
    public static let unavailable = IntakeResponse(status: 503, text: "unavailable\n")
}

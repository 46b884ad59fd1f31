import WaybillConnectors
import WaybillExpressions

/// A route's `webhooks.channel_check`, resolved for one connection: a delivery whose body names a
/// channel at `path` is accepted only when it is `expected`. A body that names no channel there
/// passes (the signature already proves the sender; the check separates channels sharing it).
public struct WebhookChannelCheck: Sendable, Hashable {
    /// Dotted body path of the channel (`channel.id`).
    public var path: String
    /// The connection's channel, as text.
    public var expected: String

    /// Creates a check.
    public init(path: String, expected: String) {
        self.path = path
        self.expected = expected
    }

    /// `nil` when `body` may be accepted, else the reason it is refused.
    public func violation(in body: Value) -> String? {
        guard let named = WebhookBody.text(at: .body(path), headers: HTTPHeaders(), body: body) else { return nil }
        guard named != expected else { return nil }
        return "body \(path) = \(named), but the connection's channel is \(expected)"
    }
}

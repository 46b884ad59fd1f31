/// How a system delivers webhooks.
public struct WebhookDefinition: Sendable {
    /// Signature verification (nil = not declared, a warning on flows that use it).
    public var verification: WebhookVerification?
    /// Whether the body is the record or points at it.
    public var envelope: Envelope
    /// Body path of the URL to dereference (pointer envelopes).
    public var pointer: String?
    /// Where the event name is.
    public var event: ValueSource?
    /// Where the delivery id is (nil: a hash of the body).
    public var deliveryID: ValueSource?
    /// Event names the system sends.
    public var events: [String]
    /// Body form field that marks an unsigned ping.
    public var pingBodyFormField: String?
    /// Which resource each event yields.
    public var resources: [String: String]
    /// Rejects deliveries whose body value differs from the connection's (nil: no check).
    public var channelCheck: ChannelCheck? = nil

    /// Envelope kinds.
    public enum Envelope: String, Sendable, Hashable, CaseIterable, Codable {
        /// The body has a URL to GET.
        case pointer
        /// The body is the record.
        case record
    }
}

/// Webhook signature verification schemes.
public enum WebhookVerification: Sendable, Hashable {
    /// HMAC-SHA256 of the raw body in a header.
    case hmacSHA256(header: String, encoding: String, prefix: String?, secret: SecretSlot)
    /// Standard Webhooks (`id.timestamp.body`) with a replay window.
    case standardWebhooks(secret: SecretSlot, tolerance: RuleDuration)
    /// No signature: the route carries a secret path token when `pathToken` is true.
    case none(pathToken: Bool)

    /// The scheme's name as written.
    public var schemeName: String {
        switch self {
        case .hmacSHA256: return "hmac_sha256"
        case .standardWebhooks: return "standard_webhooks"
        case .none: return "none"
        }
    }
}

/// A value read from a header or a body path.
public enum ValueSource: Sendable, Hashable {
    /// A request header.
    case header(String)
    /// A body path.
    case body(String)
}

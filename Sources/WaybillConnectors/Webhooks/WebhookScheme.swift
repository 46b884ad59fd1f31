/// How a system signs its webhook deliveries (from the system file, secrets from the connection).
public enum WebhookScheme: Sendable, Hashable {
    /// How an HMAC is written in its header.
    public enum Encoding: String, Sendable, Hashable {
        /// Standard base64.
        case base64
        /// Hexadecimal (either case).
        case hex
    }

    /// HMAC-SHA256 over the raw body, in `header`, encoded as `encoding`, optionally after a
    /// `prefix` such as `sha256=` (Shopify, WooCommerce).
    case hmacSHA256(header: String, encoding: Encoding, prefix: String?, secret: Secret)
    /// Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`
    /// (`v1,<base64>` entries), `whsec_` base64 secret, ±`tolerance` window.
    case standardWebhooks(secret: Secret, tolerance: Duration)
    /// No signature: the delivery URL carries a secret path token instead.
    case none(pathToken: Secret)
}

/// The outcome of verifying one delivery.
public enum WebhookVerification: Sendable, Hashable {
    /// Authentic.
    case verified
    /// Refused, with the reason for the audit trail.
    case rejected(WebhookRejection)

    /// Whether the delivery is authentic.
    public var isVerified: Bool { self == .verified }
}

/// Why a delivery was refused (no secret material in any case).
public enum WebhookRejection: Sendable, Hashable, CustomStringConvertible {
    /// A required header is absent.
    case missingHeader(String)
    /// A header is present but unreadable (bad encoding, non-numeric timestamp).
    case malformed(String)
    /// No signature matched.
    case badSignature
    /// The timestamp is outside the window.
    case staleTimestamp(skewSeconds: Int)
    /// The path token is absent or wrong.
    case badPathToken
    /// The secret itself is unusable (configuration error).
    case invalidSecret

    /// A short explanation for the audit trail.
    public var description: String {
        switch self {
        case .missingHeader(let name): return "missing header \(name)"
        case .malformed(let what): return "malformed \(what)"
        case .badSignature: return "signature does not match"
        case .staleTimestamp(let skew): return "timestamp outside the window (\(skew) s off)"
        case .badPathToken: return "path token does not match"
        case .invalidSecret: return "configured webhook secret is unusable"
        }
    }
}

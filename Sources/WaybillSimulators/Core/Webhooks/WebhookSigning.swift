import Crypto
import Foundation

/// Signature schemes of outgoing webhooks.
public enum WebhookSigning {
    /// `base64(HMAC-SHA256(key: secret bytes, message: body))`: Shopify `X-Shopify-Hmac-Sha256` and
    /// WooCommerce `X-WC-Webhook-Signature`.
    public static func hmacSHA256Base64(body: Data, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: key)
        return Data(mac).base64EncodedString()
    }

    /// The Standard Webhooks `v1,<base64>` signature of `"{id}.{timestamp}.{body}"`, keyed with the
    /// base64-decoded part of `secret` after `whsec_`. `nil` when the secret is not valid base64.
    public static func standardWebhooks(id: String, timestamp: Int, body: Data, secret: String) -> String? {
        let encoded = secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret
        guard let keyBytes = Data(base64Encoded: encoded) else { return nil }
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyBytes))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// Lower-case hex HMAC-SHA256 of `message` with `key` (OAuth helpers, delivery ids).
    public static func hmacSHA256Hex(message: Data, key: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// A signature that will not verify: the real one with its first byte flipped (keeps a `v1,` prefix).
    public static func corrupt(_ signature: String) -> String {
        let prefix = signature.lastIndex(of: ",").map { String(signature[...$0]) } ?? ""
        let encoded = String(signature.dropFirst(prefix.count))
        guard var bytes = Data(base64Encoded: encoded), !bytes.isEmpty else { return prefix + "invalid" }
        bytes[bytes.startIndex] ^= 0xFF
        return prefix + bytes.base64EncodedString()
    }
}

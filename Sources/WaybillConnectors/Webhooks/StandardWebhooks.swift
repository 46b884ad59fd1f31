import Crypto
import Foundation

/// The Standard Webhooks symmetric scheme (`v1`, HMAC-SHA256 over `id.timestamp.body`).
public enum StandardWebhooks {
    /// The header names, as the specification writes them.
    public static let idHeader = "webhook-id"
    /// The timestamp header (Unix seconds).
    public static let timestampHeader = "webhook-timestamp"
    /// The signature header (space-separated `version,base64` entries).
    public static let signatureHeader = "webhook-signature"

    /// Verifies one delivery; any one valid `v1` entry suffices.
    public static func verify(
        secret: Secret, tolerance: Duration, headers: HTTPHeaders, body: some Collection<UInt8>, now: Date
    ) -> WebhookVerification {
        guard let key = key(from: secret) else { return .rejected(.invalidSecret) }
        guard let id = headers[idHeader], !id.isEmpty else { return .rejected(.missingHeader(idHeader)) }
        guard let stamp = headers[timestampHeader], !stamp.isEmpty else { return .rejected(.missingHeader(timestampHeader)) }
        guard let signatures = headers[signatureHeader], !signatures.isEmpty else { return .rejected(.missingHeader(signatureHeader)) }
        guard let seconds = Int64(stamp.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return .rejected(.malformed(timestampHeader))
        }
        let skew = now.timeIntervalSince1970 - Double(seconds)
        guard abs(skew) <= tolerance.timeInterval else { return .rejected(.staleTimestamp(skewSeconds: Int(skew.rounded()))) }
        let expected = sign(key: key, id: id, timestamp: String(seconds), body: body)
        var matched = false
        for entry in signatures.split(separator: " ") {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let presented = Data(base64Encoded: String(parts[1])) else { continue }
            if ConstantTime.equals(Array(presented), expected) { matched = true }
        }
        return matched ? .verified : .rejected(.badSignature)
    }

    /// The HMAC key of a `whsec_…` secret (base64 after the prefix); `nil` if not base64.
    public static func key(from secret: Secret) -> SymmetricKey? {
        var text = secret.exposedValue
        if text.hasPrefix("whsec_") { text.removeFirst("whsec_".count) }
        guard !text.isEmpty, let bytes = Data(base64Encoded: text) else { return nil }
        return SymmetricKey(data: bytes)
    }

    /// The raw `v1` signature of `id.timestamp.body`.
    public static func sign(key: SymmetricKey, id: String, timestamp: String, body: some Collection<UInt8>) -> [UInt8] {
        var message = Array("\(id).\(timestamp).".utf8)
        message.append(contentsOf: body)
        return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }
}

import Crypto
import Foundation

/// Verifies webhook deliveries before anything parses them. Pure: no I/O, `now` is given.
public struct WebhookVerifier: Sendable {
    /// The scheme and secret of one connection's route.
    public let scheme: WebhookScheme
    /// HMAC keyed once with the route's secret (`hmac_sha256`): each delivery copies it instead
    /// of running the key schedule again.
    private let keyedHMAC: KeyedHMAC?

    /// A verifier.
    public init(scheme: WebhookScheme) {
        self.scheme = scheme
        if case .hmacSHA256(_, _, _, let secret) = scheme, !secret.isEmpty {
            keyedHMAC = KeyedHMAC(key: SymmetricKey(data: Data(secret.exposedValue.utf8)))
        } else {
            keyedHMAC = nil
        }
    }

    /// Verifies one delivery: its headers, its raw body, the path token it arrived on (for
    /// `none`), and the current time (for `standard_webhooks`).
    public func verify(headers: HTTPHeaders, body: some Collection<UInt8>, pathToken: String? = nil, now: Date) -> WebhookVerification {
        switch scheme {
        case .hmacSHA256(let header, let encoding, let prefix, let secret):
            return Self.verifyHMAC(header: header, encoding: encoding, prefix: prefix, secret: secret, headers: headers,
                                   body: body, keyed: keyedHMAC)
        case .standardWebhooks(let secret, let tolerance):
            return StandardWebhooks.verify(secret: secret, tolerance: tolerance, headers: headers, body: body, now: now)
        case .none(let expected):
            guard let pathToken, !expected.isEmpty, ConstantTime.equals(pathToken, expected.exposedValue) else {
                return .rejected(.badPathToken)
            }
            return .verified
        }
    }

    static func verifyHMAC(
        header: String, encoding: WebhookScheme.Encoding, prefix: String?, secret: Secret, headers: HTTPHeaders,
        body: some Collection<UInt8>, keyed: KeyedHMAC? = nil
    ) -> WebhookVerification {
        guard !secret.isEmpty else { return .rejected(.invalidSecret) }
        // Byte-level: trimming and decoding run on every delivery, before anything is parsed.
        guard var value = headers[header].map({ HeaderBytes.trimmed($0) }), !value.isEmpty else {
            return .rejected(.missingHeader(header))
        }
        if let prefix, !prefix.isEmpty {
            guard HeaderBytes.hasPrefix(value, caseInsensitive: prefix) else {
                return .rejected(.malformed("\(header) (expected prefix \(prefix))"))
            }
            value = Array(value.dropFirst(prefix.utf8.count))
        }
        let presented: [UInt8]?
        switch encoding {
        case .base64: presented = Data(base64Encoded: Data(value)).map(Array.init)
        case .hex: presented = Hex.decode(value)
        }
        guard let presented else { return .rejected(.malformed("\(header) (not \(encoding.rawValue))")) }
        let expected = (keyed ?? KeyedHMAC(key: SymmetricKey(data: Data(secret.exposedValue.utf8)))).code(for: body)
        return ConstantTime.equals(presented, expected) ? .verified : .rejected(.badSignature)
    }
}

/// An HMAC-SHA256 state after the key schedule; `code(for:)` works on a copy.
final class KeyedHMAC: @unchecked Sendable {
    // Never mutated after init; HMAC is a value type, so every use starts from a copy.
    private let keyed: HMAC<SHA256>

    init(key: SymmetricKey) { keyed = HMAC<SHA256>(key: key) }

    /// The authentication code of `body`.
    func code(for body: some Collection<UInt8>) -> [UInt8] {
        var mac = keyed
        if let contiguous = body as? [UInt8] {
            mac.update(data: contiguous)
        } else {
            mac.update(data: Array(body))
        }
        return Array(mac.finalize())
    }
}

/// Hexadecimal decoding.
enum Hex {
    static func decode(_ digits: [UInt8]) -> [UInt8]? {
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

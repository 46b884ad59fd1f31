import Crypto
import Foundation

/// Verifies webhook deliveries before anything parses them. Pure: no I/O, `now` is given.
public struct WebhookVerifier: Sendable {
    /// The scheme and secret of one connection's route.
    public let scheme: WebhookScheme

    /// A verifier.
    public init(scheme: WebhookScheme) { self.scheme = scheme }

    /// Verifies one delivery: its headers, its raw body, the path token it arrived on (for
    /// `none`), and the current time (for `standard_webhooks`).
    public func verify(headers: HTTPHeaders, body: some Collection<UInt8>, pathToken: String? = nil, now: Date) -> WebhookVerification {
        switch scheme {
        case .hmacSHA256(let header, let encoding, let prefix, let secret):
            return Self.verifyHMAC(header: header, encoding: encoding, prefix: prefix, secret: secret, headers: headers, body: body)
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
        body: some Collection<UInt8>
    ) -> WebhookVerification {
        guard !secret.isEmpty else { return .rejected(.invalidSecret) }
        guard var value = headers[header]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return .rejected(.missingHeader(header))
        }
        if let prefix, !prefix.isEmpty {
            guard value.lowercased().hasPrefix(prefix.lowercased()) else { return .rejected(.malformed("\(header) (expected prefix \(prefix))")) }
            value.removeFirst(prefix.count)
        }
        let presented: [UInt8]?
        switch encoding {
        case .base64: presented = Data(base64Encoded: value).map(Array.init)
        case .hex: presented = Hex.decode(value)
        }
        guard let presented else { return .rejected(.malformed("\(header) (not \(encoding.rawValue))")) }
        let key = SymmetricKey(data: Data(secret.exposedValue.utf8))
        let expected = Array(HMAC<SHA256>.authenticationCode(for: Array(body), using: key))
        return ConstantTime.equals(presented, expected) ? .verified : .rejected(.badSignature)
    }
}

/// Hexadecimal decoding.
enum Hex {
    static func decode(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
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

import Crypto
import Foundation
import WaybillConnectors
import WaybillExpressions
import WaybillRules

/// Reading the parts of a delivery the route needs: ping detection, event name, delivery id.
enum WebhookBody {
    /// Whether the body is an `application/x-www-form-urlencoded` ping carrying `field`
    /// (WooCommerce sends `webhook_id=…` unsigned when a webhook is created).
    static func isFormPing(_ body: [UInt8], field: String) -> Bool {
        guard body.count <= 1024, let first = body.first(where: { $0 != UInt8(ascii: " ") }),
            first != UInt8(ascii: "{"), first != UInt8(ascii: "[")
        else { return false }
        let text = String(decoding: body, as: UTF8.self)
        return text.split(separator: "&").contains { pair in
            pair.split(separator: "=", maxSplits: 1).first.map(String.init) == field
        }
    }

    /// The text at a header or a dotted body path, if present and scalar.
    static func text(at source: ValueSource, headers: WaybillConnectors.HTTPHeaders, body: Value) -> String? {
        switch source {
        case .header(let name):
            return headers[name].flatMap { $0.isEmpty ? nil : $0 }
        case .body(let path):
            var current = body
            for key in path.split(separator: ".") {
                guard case .object(let object) = current, let next = object[String(key)] else { return nil }
                current = next
            }
            switch current {
            case .string(let text): return text.isEmpty ? nil : text
            case .int(let number): return String(number)
            default: return nil
            }
        }
    }

    /// The delivery id of a sender without one: the SHA-256 of the body, hex.
    static func hash(_ body: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
    }

    /// A short reason code for the metrics label.
    static func code(of rejection: WebhookRejection) -> String {
        switch rejection {
        case .missingHeader: return "missing_header"
        case .malformed: return "malformed"
        case .badSignature: return "bad_signature"
        case .staleTimestamp: return "stale_timestamp"
        case .badPathToken: return "bad_path_token"
        case .invalidSecret: return "invalid_secret"
        }
    }
}

import Foundation

/// Maps Odoo's failures (XML-RPC faults, JSON-2 error responses) to ``ConnectorError``.
///
/// Fault 1 (an application error with a traceback) is permanent unless it is a database
/// serialization or lock conflict, which passes on retry; 2 (UserError, ValidationError)
/// is a permanent validation error; 3 (AccessDenied) a permanent authentication error;
/// 4 (AccessError) a permanent authorization error. JSON-2 statuses map the same way,
/// and 409 (LockError) is retryable.
public enum OdooErrorClassifier {
    /// Phrases of PostgreSQL/Odoo concurrency failures that succeed when retried.
    public static let concurrencyMarkers = [
        "could not serialize access", "concurrent update", "serializationfailure", "lockerror",
        "locknotavailable", "could not obtain lock", "deadlock detected", "transactionrollbackerror",
    ]

    /// Classifies an XML-RPC fault of `model.method`.
    public static func fault(code: XMLRPCValue, message: String, context: String) -> ConnectorError {
        let summary = "Odoo fault in \(context): \(Self.summary(of: message))"
        let numeric: Int?
        switch code {
        case .int(let number): numeric = number
        case .string(let text): numeric = legacyCode(text)
        default: numeric = nil
        }
        switch numeric {
        case 2: return ConnectorError(.permanent, .validation, message: summary)
        case 3: return ConnectorError(.permanent, .authentication, message: summary)
        case 4: return ConnectorError(.permanent, .authorization, message: summary)
        default:
            if looksLikeConcurrency(message) { return ConnectorError(.retryable(retryAfter: nil), .concurrency, message: summary) }
            return ConnectorError(.permanent, .validation, message: summary)
        }
    }

    /// Classifies a JSON-2 error response (`{"name", "message", "debug", …}`).
    public static func json2(status: Int, body: JSONValue?, context: String, retryAfter: Duration?) -> ConnectorError {
        let name = body?["name"]?.stringValue ?? ""
        let message = body?["message"]?.stringValue ?? ""
        let debug = body?["debug"]?.stringValue ?? ""
        let text = "Odoo JSON-2 \(context) returned HTTP \(status)" + (name.isEmpty ? "" : " \(name)") + (message.isEmpty ? "" : ": \(message)")
        switch status {
        case 401: return ConnectorError(.permanent, .authentication, status: status, message: text)
        case 403: return ConnectorError(.permanent, .authorization, status: status, message: text)
        case 409: return ConnectorError(.retryable(retryAfter: retryAfter), .concurrency, status: status, message: text)
        case 429: return ConnectorError(.retryable(retryAfter: retryAfter), .rateLimited, status: status, message: text)
        case 408, 502, 503, 504: return ConnectorError(.retryable(retryAfter: retryAfter), .server, status: status, message: text)
        case 500...:
            if looksLikeConcurrency(name + " " + message + " " + debug) {
                return ConnectorError(.retryable(retryAfter: retryAfter), .concurrency, status: status, message: text)
            }
            if name.isEmpty { return ConnectorError(.retryable(retryAfter: retryAfter), .server, status: status, message: text) }
            return ConnectorError(.permanent, .validation, status: status, message: text)
        default: return ConnectorError(.permanent, .validation, status: status, message: text)
        }
    }

    /// Whether a message names a serialization, lock or deadlock conflict.
    public static func looksLikeConcurrency(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return concurrencyMarkers.contains { lowered.contains($0) }
    }

    /// Legacy `/xmlrpc/` string codes mapped onto the numeric ones.
    static func legacyCode(_ text: String) -> Int? {
        if text.contains("AccessDenied") { return 3 }
        if text.contains("AccessError") { return 4 }
        if text.contains("UserError") || text.contains("ValidationError") || text.contains("MissingError") { return 2 }
        return nil
    }

    /// The last non-empty line (the exception) first, then the traceback, capped.
    static func summary(of message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count > 1, let last = lines.last else { return message }
        let trace = message.count > 4000 ? String(message.suffix(4000)) : message
        return "\(last)\n\(trace)"
    }
}

/// An error raised by the simulated Odoo server, mapped onto XML-RPC faults and JSON-2 statuses.
public struct OdooError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception class the error stands for.
    public enum Kind: String, Sendable {
        case userError = "odoo.exceptions.UserError"
        case validationError = "odoo.exceptions.ValidationError"
        case missingError = "odoo.exceptions.MissingError"
        case accessError = "odoo.exceptions.AccessError"
        case accessDenied = "odoo.exceptions.AccessDenied"
        case typeError = "builtins.TypeError"
        case valueError = "builtins.ValueError"
        case attributeError = "builtins.AttributeError"
        case keyError = "builtins.KeyError"
    }

    /// The exception class.
    public let kind: Kind
    /// The exception message (`str(e)`).
    public let message: String

    /// An error of `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    static func user(_ message: String) -> OdooError { OdooError(.userError, message) }
    static func value(_ message: String) -> OdooError { OdooError(.valueError, message) }
    static func type(_ message: String) -> OdooError { OdooError(.typeError, message) }
    static func missing(model: String, ids: [Int]) -> OdooError {
        OdooError(
            .missingError,
            "Record does not exist or has been deleted.\n(Record: \(model)(\(ids.map(String.init).joined(separator: ", "))), User: 2)")
    }

    /// XML-RPC fault code on `/xmlrpc/2` (odoo/addons/base/controllers/rpc.py).
    public var faultCode: Int {
        switch kind {
        case .accessError: return 4
        case .accessDenied: return 3
        case .userError, .validationError, .missingError: return 2
        case .typeError, .valueError, .attributeError, .keyError: return 1
        }
    }

    /// The XML-RPC faultString: the message, or a formatted traceback for code 1.
    public var faultString: String { faultCode == 1 ? traceback : message }

    /// A Python-style traceback ending with the exception line.
    public var traceback: String {
        let className = kind.rawValue.split(separator: ".").last.map(String.init) ?? kind.rawValue
        return "Traceback (most recent call last):\n"
            + "  File \"/opt/odoo/odoo/service/model.py\", line 62, in execute_kw\n"
            + "    return execute(db, uid, obj, method, *args, **kw or {})\n"
            + "\(kind == .userError || kind == .accessError ? kind.rawValue : className): \(message)\n"
    }

    /// The JSON-2 HTTP status (odoo/exceptions.py `http_status`; UserError 422 is an assumption).
    public var httpStatus: Int {
        switch kind {
        case .accessDenied, .accessError: return 403
        case .missingError: return 404
        case .userError, .validationError: return 422
        case .typeError, .valueError, .attributeError, .keyError: return 500
        }
    }
}

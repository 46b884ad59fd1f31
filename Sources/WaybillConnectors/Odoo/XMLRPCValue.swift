import Foundation

/// One XML-RPC value.
public indirect enum XMLRPCValue: Sendable, Hashable {
    /// `<int>`, `<i4>`, `<i8>`.
    case int(Int)
    /// `<boolean>` (0 or 1).
    case bool(Bool)
    /// `<string>`, or a bare `<value>` text.
    case string(String)
    /// `<double>`.
    case double(Double)
    /// `<dateTime.iso8601>`, kept as its text (e.g. `20240501T12:00:00`).
    case dateTime(String)
    /// `<base64>`, decoded.
    case base64(Data)
    /// `<array><data>…</data></array>`.
    case array([XMLRPCValue])
    /// `<struct>` members.
    case structure([String: XMLRPCValue])
    /// `<nil/>`.
    case `nil`
}

/// A decoded `methodResponse`: parameters or a fault.
public enum XMLRPCResponse: Sendable, Hashable {
    /// The returned values (Odoo returns exactly one).
    case params([XMLRPCValue])
    /// A fault: its code (an int on `/xmlrpc/2`, a string on legacy routes) and text.
    case fault(code: XMLRPCValue, message: String)
}

extension XMLRPCValue {
    /// The value as JSON: dates become their text, base64 its encoded text, `nil` `null`.
    public var json: JSONValue {
        switch self {
        case .int(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .double(let number): return .double(number)
        case .dateTime(let text): return .string(text)
        case .base64(let data): return .string(data.base64EncodedString())
        case .array(let elements): return .array(elements.map(\.json))
        case .structure(let members): return .object(members.mapValues(\.json))
        case .nil: return .null
        }
    }

    /// A JSON value as XML-RPC (`null` becomes `<nil/>`).
    public init(json: JSONValue) {
        switch json {
        case .null: self = .nil
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(XMLRPCValue.init(json:)))
        case .object(let members): self = .structure(members.mapValues(XMLRPCValue.init(json:)))
        }
    }
}

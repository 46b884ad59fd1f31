import Foundation
import WaybillConnectors
import WaybillExpressions

/// Conversions between the connectors' `JSONValue` and the expression language's `Value`.
enum ValueBridge {
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(int)
        case .double(let double):
            return DecimalValue(text: "\(double)").map(Value.decimal) ?? .string("\(double)")
        case .string(let text): return .string(text)
        case .array(let items): return .list(items.map(value))
        case .object(let fields): return .object(fields.mapValues(value))
        }
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(int)
        case .decimal(let decimal):
            let text = decimal.description
            if let int = Int(text) { return .int(int) }
            return Double(text).map(JSONValue.double) ?? .string(text)
        case .string(let text): return .string(text)
        case .datetime, .naiveDateTime, .date: return .string(value.text ?? "")
        case .list(let items): return .array(items.map(json))
        case .object(let fields): return .object(fields.mapValues(json))
        }
    }

    static func json(_ fields: [String: Value]) -> [String: JSONValue] {
        fields.mapValues(json)
    }

    /// A connectors error as the engine's classified error (its message is already secret-free).
    static func engineError(_ error: any Error) -> any Error {
        if let error = error as? ConnectorError {
            return error.isRetryable
                ? EngineError.transient(error.message, retryAfter: error.retryAfter)
                : EngineError.permanent(error.message)
        }
        return error
    }
}

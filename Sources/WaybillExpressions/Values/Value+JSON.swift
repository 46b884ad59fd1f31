import Foundation

/// A JSON value that Waybill cannot represent (e.g. a non-finite number or an unknown object type).
public struct ValueConversionError: Error, Sendable, CustomStringConvertible {
    /// What could not be converted.
    public let description: String
}

extension Value {
    /// Converts a JSON-compatible Foundation value (as from `JSONSerialization`): `NSNull`, `Bool`,
    /// numbers (integral → `int`, others → exact `decimal` from their shortest text), `Decimal`, `Date`
    /// (→ `datetime`), `String`, arrays and string-keyed dictionaries (and `Value`s themselves).
    public init(jsonObject: Any) throws {
        switch jsonObject {
        case is NSNull:
            self = .null
        case let string as String:
            self = .string(string)
        case let value as Value:
            self = value
        case let decimal as Decimal:
            self = .decimal(DecimalValue(decimal))
        case let date as Date:
            self = .datetime(date)
        case let number as NSNumber:
            self = try Value.fromNumber(number)
        case let array as [Any]:
            self = .list(try array.map { try Value(jsonObject: $0) })
        case let dictionary as [String: Any]:
            self = .object(try dictionary.mapValues { try Value(jsonObject: $0) })
        default:
            throw ValueConversionError(description: "unsupported JSON value of type \(type(of: jsonObject))")
        }
    }

    /// Parses JSON data.
    public init(jsonData: Data) throws {
        self = try JSONBytesParser.parse(Array(jsonData))
    }

    private static func fromNumber(_ number: NSNumber) throws -> Value {
        if String(describing: type(of: number)).contains("Boolean") { return .bool(number.boolValue) }
        let kind = String(cString: number.objCType)
        if kind != "d", kind != "f", let exact = number as? Int { return .int(exact) }
        let double = number.doubleValue
        guard double.isFinite else { throw ValueConversionError(description: "non-finite number \(double)") }
        if double == double.rounded(), abs(double) < 9e15 { return .int(Int(double)) }
        guard let decimal = DecimalValue(text: exactText(double)) else {
            throw ValueConversionError(description: "number \(double) cannot be read exactly")
        }
        return .decimal(decimal)
    }

    /// Shortest round-trip text of a double, without exponent.
    private static func exactText(_ double: Double) -> String {
        let text = "\(double)"
        guard text.contains("e") || text.contains("E") else { return text }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))?.description ?? text
    }

    /// The value as a JSON-compatible Foundation value: decimals become `Decimal` numbers,
    /// datetimes, naive datetimes and dates become ISO 8601 strings.
    public var jsonObject: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .decimal(let d): return d.decimal
        case .string(let s): return s
        case .datetime, .naiveDateTime, .date: return text ?? ""
        case .list(let items): return items.map(\.jsonObject)
        case .object(let fields): return fields.mapValues(\.jsonObject)
        }
    }
}

/// A value as it travels through Odoo's external API: the common subset of XML-RPC and JSON.
///
/// Odoo never sends `nil` over XML-RPC (`allow_none=False`): empty values are `false`.
/// `.none` exists only for JSON `null` input and is written out as `false`.
public enum OdooValue: Sendable, Hashable {
    /// `True` / `False`.
    case bool(Bool)
    /// An integer (XML-RPC `<int>`).
    case int(Int)
    /// A float (XML-RPC `<double>`).
    case double(Double)
    /// A string (XML-RPC `<string>`, dates and datetimes too).
    case string(String)
    /// A list (XML-RPC `<array>`).
    case array([OdooValue])
    /// A dictionary (XML-RPC `<struct>`), with its keys in insertion order.
    case dict(OdooDict)
    /// JSON `null` on input; written out as `false`.
    case none
}

extension OdooValue {
    /// True when Python would treat the value as false: `False`, `None`, `0`, `""`, `[]`, `{}`.
    public var isFalsy: Bool {
        switch self {
        case .bool(let flag): return !flag
        case .none: return true
        case .int(let number): return number == 0
        case .double(let number): return number == 0
        case .string(let text): return text.isEmpty
        case .array(let items): return items.isEmpty
        case .dict(let dict): return dict.isEmpty
        }
    }

    /// The integer, if this is an integer (or an integral double).
    public var intValue: Int? {
        switch self {
        case .int(let number): return number
        case .double(let number) where number.rounded() == number && abs(number) < 1e15: return Int(number)
        default: return nil
        }
    }

    /// The number as a double, if this is a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    /// The text, if this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements, if this is a list.
    public var arrayValue: [OdooValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The dictionary, if this is a dictionary.
    public var dictValue: OdooDict? {
        if case .dict(let dict) = self { return dict }
        return nil
    }

    /// The flag, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// A list of integers, if this is a list of integers.
    public var intArray: [Int]? {
        guard let items = arrayValue else { return nil }
        var result: [Int] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let number = item.intValue else { return nil }
            result.append(number)
        }
        return result
    }
}

extension OdooValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `true` / `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A float literal.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A list literal.
    public init(arrayLiteral elements: OdooValue...) { self = .array(elements) }
    /// A dictionary literal, keys kept in order.
    public init(dictionaryLiteral elements: (String, OdooValue)...) {
        self = .dict(OdooDict(elements))
    }
}

import Foundation

/// A runtime value of the expression language.
public enum Value: Sendable, Hashable {
    /// The absence of a value (JSON `null`).
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A 64-bit integer.
    case int(Int)
    /// An exact decimal number.
    case decimal(DecimalValue)
    /// A text.
    case string(String)
    /// A zoned instant (a point on the UTC time line).
    case datetime(Date)
    /// A wall-clock date and time without a zone, as Odoo, ShipStation and WooCommerce send them.
    case naiveDateTime(NaiveDateTime)
    /// A calendar date.
    case date(LocalDate)
    /// An ordered list.
    case list([Value])
    /// An object with named fields.
    case object([String: Value])

    /// Creates a decimal value from a Foundation `Decimal`.
    public init(decimal: Decimal) {
        self = .decimal(DecimalValue(decimal))
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of the value's kind, as used in error messages.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .decimal: return "decimal"
        case .string: return "string"
        case .datetime: return "datetime"
        case .naiveDateTime: return "naive_datetime"
        case .date: return "date"
        case .list: return "list"
        case .object: return "object"
        }
    }
}

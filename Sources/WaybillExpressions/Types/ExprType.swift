/// The static type of an expression.
public indirect enum ExprType: Hashable, Sendable {
    /// Only `null`.
    case null
    /// `true` / `false`.
    case bool
    /// 64-bit integer.
    case int
    /// Exact decimal.
    case decimal
    /// Text.
    case string
    /// Zoned instant.
    case datetime
    /// Wall-clock date-time without a zone.
    case naiveDateTime
    /// Calendar date.
    case date
    /// A list whose elements have the given type.
    case list(ExprType)
    /// An object with known fields (closed) or any fields (open).
    case object(ObjectShape)
    /// Anything: checked at run time only.
    case any
    /// The wrapped type or `null`.
    case optional(ExprType)

    /// An object whose fields are unknown.
    public static let openObject = ExprType.object(ObjectShape(fields: [:], isOpen: true))

    /// The type without its optional wrapper.
    public var nonOptional: ExprType {
        if case .optional(let wrapped) = self { return wrapped.nonOptional }
        return self
    }

    /// Whether `null` belongs to the type.
    public var isNullable: Bool {
        switch self {
        case .null, .optional, .any: return true
        default: return false
        }
    }

    /// The type made nullable (`T?`); `null`, `any` and optionals are unchanged.
    public var optional: ExprType {
        isNullable ? self : .optional(self)
    }

    /// Whether the type is `int` or `decimal` (possibly optional).
    var isNumeric: Bool { nonOptional == .int || nonOptional == .decimal }
}

/// The fields of an object type.
public struct ObjectShape: Hashable, Sendable {
    /// Known fields and their types.
    public var fields: [String: ExprType]
    /// Whether fields beyond `fields` may exist (their type is then `any`).
    public var isOpen: Bool

    /// Creates a shape.
    public init(fields: [String: ExprType], isOpen: Bool = false) {
        self.fields = fields
        self.isOpen = isOpen
    }
}

/// The key and value types of a lookup table.
public struct LookupTableType: Hashable, Sendable {
    /// The type of keys.
    public var keyType: ExprType
    /// The type of values.
    public var valueType: ExprType

    /// Creates a table type.
    public init(keyType: ExprType = .string, valueType: ExprType) {
        self.keyType = keyType
        self.valueType = valueType
    }
}

/// The declared type of a field in a resource, model or table schema.
public indirect enum FieldType: Sendable, Hashable {
    /// Text.
    case string
    /// 64-bit integer.
    case int
    /// Exact decimal.
    case decimal
    /// `true` / `false`.
    case bool
    /// Calendar date.
    case date
    /// Zoned date-time (ISO 8601 with offset or Z).
    case datetime
    /// Date-time without a zone; the zone is `zone` or else the system's `time_zone`.
    case naiveDateTime(zone: String?)
    /// Anything.
    case any
    /// Text restricted to the listed values (`enum:` or Odoo `selection`).
    case enumeration([String])
    /// An object with the given fields.
    case object([String: FieldType])
    /// A list of elements of one type.
    case list(FieldType)
    /// A type declared under the system's `types:` (resolved by the compiler).
    case named(String)
    /// The wrapped type or null.
    case optional(FieldType)
    /// Odoo many2one to a model (read as `{ id, display_name }`, written as an id).
    case many2one(String)
    /// Odoo one2many to a model (ids; written as commands).
    case one2many(String)
    /// Odoo many2many to a model (ids; written as commands).
    case many2many(String)

    /// The type without an optional wrapper.
    public var nonOptional: FieldType {
        if case .optional(let wrapped) = self { return wrapped.nonOptional }
        return self
    }

    /// The fields of an object type (many2one exposes `id` and `display_name`).
    public var objectFields: [String: FieldType]? {
        switch nonOptional {
        case .object(let fields): return fields
        case .many2one: return ["id": .int, "display_name": .string]
        default: return nil
        }
    }

    /// The element type of a list type.
    public var elementType: FieldType? {
        switch nonOptional {
        case .list(let element): return element
        case .one2many, .many2many: return .int
        default: return nil
        }
    }

    /// Whether the type is an object (inline or a named type from `types:`).
    public var isObject: Bool {
        switch nonOptional {
        case .object, .named: return true
        default: return false
        }
    }

    /// Whether the type is a datetime (zoned or naive).
    public var isDateTime: Bool {
        switch nonOptional {
        case .datetime, .naiveDateTime: return true
        default: return false
        }
    }
}

/// The field types of Odoo's ORM that the simulator models.
public enum OdooFieldType: String, Sendable, CaseIterable {
    case char, text, html, integer, float, monetary, boolean, date, datetime, selection
    case many2one, one2many, many2many, binary

    /// True for one2many and many2many.
    var isToMany: Bool { self == .one2many || self == .many2many }
    /// True for many2one, one2many and many2many.
    var isRelational: Bool { self == .many2one || isToMany }

    /// The value an empty field reads as.
    var emptyValue: OdooValue {
        switch self {
        case .integer: return .int(0)
        case .float, .monetary: return .double(0)
        case .one2many, .many2many: return .array([])
        default: return .bool(false)
        }
    }
}

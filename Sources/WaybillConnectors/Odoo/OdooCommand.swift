/// An x2many write command (Odoo's `Command`), sent as a 3-element list.
public enum OdooCommand: Sendable, Hashable {
    /// `(0, 0, vals)`: create a new related record.
    case create([String: JSONValue])
    /// `(1, id, vals)`: update a related record.
    case update(Int, [String: JSONValue])
    /// `(2, id, 0)`: delete the related record.
    case delete(Int)
    /// `(3, id, 0)`: remove the relation, keep the record.
    case unlink(Int)
    /// `(4, id, 0)`: add a relation to an existing record.
    case link(Int)
    /// `(5, 0, 0)`: remove all relations.
    case clear
    /// `(6, 0, ids)`: replace all relations.
    case set([Int])

    /// The wire form `[code, id, value]`.
    public var json: JSONValue {
        switch self {
        case .create(let values): return [0, 0, .object(values)]
        case .update(let id, let values): return [1, .int(id), .object(values)]
        case .delete(let id): return [2, .int(id), 0]
        case .unlink(let id): return [3, .int(id), 0]
        case .link(let id): return [4, .int(id), 0]
        case .clear: return [5, 0, 0]
        case .set(let ids): return [6, 0, .array(ids.map(JSONValue.int))]
        }
    }

    /// A list of commands as the value of an x2many field.
    public static func list(_ commands: [OdooCommand]) -> JSONValue { .array(commands.map(\.json)) }
}

/// Normalises Odoo's read values.
///
/// Odoo marshals without `None`: an empty field reads as `false`, and a many2one reads
/// as `[id, "display name"]`. These helpers turn that into plain values.
public enum OdooValues {
    /// A many2one reference.
    public struct Reference: Sendable, Hashable {
        /// The related record's id.
        public var id: Int
        /// Its display name (empty when only an id was given).
        public var name: String
    }

    /// `[id, name]` → reference; a bare id → reference without name; `false`/`null` → `nil`.
    public static func many2one(_ value: JSONValue) -> Reference? {
        switch value {
        case .array(let pair) where pair.count >= 1:
            guard let id = pair[0].intValue else { return nil }
            return Reference(id: id, name: pair.count > 1 ? (pair[1].stringValue ?? "") : "")
        case .int(let id): return Reference(id: id, name: "")
        default: return nil
        }
    }

    /// A record with `false` on non-boolean fields turned into `null` and each many2one
    /// `[id, name]` turned into its id. `booleanFields` names fields whose `false` is real.
    public static func normalise(_ record: [String: JSONValue], booleanFields: Set<String> = []) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for (key, value) in record {
            switch value {
            case .bool(false) where !booleanFields.contains(key): result[key] = .null
            case .array(let pair) where pair.count == 2 && pair[0].intValue != nil && pair[1].stringValue != nil:
                result[key] = pair[0]
            default: result[key] = value
            }
        }
        return result
    }
}

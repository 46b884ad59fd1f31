extension ExprType: CustomStringConvertible {
    /// How the type is written in diagnostics and docs: `decimal`, `string?`, `list(int)`,
    /// `object{city, zip}`.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .decimal: return "decimal"
        case .string: return "string"
        case .datetime: return "datetime"
        case .naiveDateTime: return "naive_datetime"
        case .date: return "date"
        case .any: return "any"
        case .list(let element): return "list(\(element))"
        case .optional(let wrapped): return "\(wrapped)?"
        case .object(let shape):
            let names = shape.fields.keys.sorted().prefix(6).joined(separator: ", ")
            let more = shape.fields.count > 6 || shape.isOpen ? (names.isEmpty ? "…" : ", …") : ""
            return "object{\(names)\(more)}"
        }
    }
}

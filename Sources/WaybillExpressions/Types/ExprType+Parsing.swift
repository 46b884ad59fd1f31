import Foundation

extension ExprType {
    /// Reads a type as written in schemas and docs: `string`, `int`, `decimal`, `bool`, `datetime`,
    /// `naive_datetime`, `date`, `any`, `null`, `object` (open), `list(T)`, and a trailing `?` for
    /// optional (`list(string)?`). Returns `nil` for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?") {
            guard let wrapped = ExprType(parsing: String(trimmed.dropLast())) else { return nil }
            self = wrapped.optional
            return
        }
        if trimmed.hasPrefix("list("), trimmed.hasSuffix(")") {
            guard let element = ExprType(parsing: String(trimmed.dropFirst(5).dropLast())) else { return nil }
            self = .list(element)
            return
        }
        switch trimmed {
        case "null": self = .null
        case "bool", "boolean": self = .bool
        case "int", "integer": self = .int
        case "decimal", "number": self = .decimal
        case "string": self = .string
        case "datetime": self = .datetime
        case "naive_datetime": self = .naiveDateTime
        case "date": self = .date
        case "any": self = .any
        case "object": self = .openObject
        default: return nil
        }
    }
}

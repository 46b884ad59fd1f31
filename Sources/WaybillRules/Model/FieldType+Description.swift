extension FieldType: CustomStringConvertible {
    /// The type as written in rule files (`list<order_item>`, `decimal?`).
    public var description: String {
        switch self {
        case .string: return "string"
        case .int: return "int"
        case .decimal: return "decimal"
        case .bool: return "bool"
        case .date: return "date"
        case .datetime: return "datetime"
        case .naiveDateTime(let zone): return zone.map { "naive_datetime(\($0))" } ?? "naive_datetime"
        case .any: return "any"
        case .enumeration(let values): return "enum(\(values.joined(separator: "|")))"
        case .object(let fields):
            let inner = fields.keys.sorted().map { "\($0): \(fields[$0].map(\.description) ?? "")" }
            return "{ \(inner.joined(separator: ", ")) }"
        case .list(let element): return "list<\(element)>"
        case .named(let name): return name
        case .optional(let wrapped): return "\(wrapped)?"
        case .many2one(let model): return "many2one<\(model)>"
        case .one2many(let model): return "one2many<\(model)>"
        case .many2many(let model): return "many2many<\(model)>"
        }
    }

    /// Parses the short form of a type (`string`, `decimal?`, `list<order_item>`,
    /// `many2one<res.partner>`); nil when malformed.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?") {
            guard let inner = FieldType(parsing: String(trimmed.dropLast())) else { return nil }
            self = .optional(inner)
            return
        }
        if let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") {
            let head = String(trimmed[..<open])
            let argument = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            switch head {
            case "list":
                guard let element = FieldType(parsing: argument) else { return nil }
                self = .list(element)
            case "many2one": self = .many2one(argument)
            case "one2many": self = .one2many(argument)
            case "many2many": self = .many2many(argument)
            default: return nil
            }
            if head != "list", argument.isEmpty { return nil }
            return
        }
        switch trimmed {
        case "string", "text": self = .string
        case "int", "integer": self = .int
        case "decimal", "number", "float", "monetary": self = .decimal
        case "bool", "boolean": self = .bool
        case "date": self = .date
        case "datetime": self = .datetime
        case "naive_datetime": self = .naiveDateTime(zone: nil)
        case "any": self = .any
        case "object": self = .object([:])
        case "selection": self = .enumeration([])
        default:
            let allowed = trimmed.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
            guard !trimmed.isEmpty, allowed else { return nil }
            self = .named(trimmed)
        }
    }
}

import Foundation

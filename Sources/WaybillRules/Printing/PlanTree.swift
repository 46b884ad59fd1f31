/// An ordered tree describing a plan, rendered as indented text or JSON by `PlanPrinter`.
indirect enum PlanTree {
    case text(String)
    case number(String)
    case flag(Bool)
    case object([(String, PlanTree)])
    case list([PlanTree])

    /// Indented, YAML-like text.
    func renderText(indent: Int = 0) -> [String] {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .text(let value), .number(let value): return [pad + value]
        case .flag(let value): return [pad + String(value)]
        case .object(let entries):
            return entries.flatMap { key, value -> [String] in
                switch value {
                case .text(let scalar), .number(let scalar): return ["\(pad)\(key): \(scalar)"]
                case .flag(let flag): return ["\(pad)\(key): \(flag)"]
                case .list(let items) where items.isEmpty: return ["\(pad)\(key): []"]
                case .object(let inner) where inner.isEmpty: return ["\(pad)\(key): {}"]
                default: return ["\(pad)\(key):"] + value.renderText(indent: indent + 1)
                }
            }
        case .list(let items):
            return items.flatMap { item -> [String] in
                let lines = item.renderText(indent: indent + 1)
                guard let first = lines.first else { return [] }
                let trimmed = first.dropFirst(pad.count + 2)
                return ["\(pad)- \(trimmed)"] + lines.dropFirst()
            }
        }
    }

    /// JSON with keys in tree order.
    func renderJSON(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .text(let value): return Self.quote(value)
        case .number(let value): return value
        case .flag(let value): return String(value)
        case .object(let entries):
            guard !entries.isEmpty else { return "{}" }
            let body = entries.map { "\(inner)\(Self.quote($0.0)): \($0.1.renderJSON(indent: indent + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n\(pad)}"
        case .list(let items):
            guard !items.isEmpty else { return "[]" }
            let body = items.map { "\(inner)\($0.renderJSON(indent: indent + 1))" }
            return "[\n" + body.joined(separator: ",\n") + "\n\(pad)]"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

import Foundation

extension Value {
    /// A stable JSON encoding for payload hashes: object keys sorted by their UTF-8 bytes, no
    /// whitespace, numbers in plain notation (`12.5`, never `1.25e1`; `1.50` and `1.5` encode alike),
    /// datetimes as ISO 8601 UTC strings, strings escaped minimally (`"`, `\`, control characters).
    public var canonicalJSON: String {
        var out = ""
        writeCanonical(into: &out)
        return out
    }

    private func writeCanonical(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .decimal(let d): out += d.description
        case .string(let s): Value.writeString(s, into: &out)
        case .datetime, .naiveDateTime, .date: Value.writeString(text ?? "", into: &out)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.writeCanonical(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                Value.writeString(key, into: &out)
                out += ":"
                fields[key]?.writeCanonical(into: &out)
            }
            out += "}"
        }
    }

    /// Appends `text` as a canonical JSON string (quoted, escaped as in ``canonicalJSON``).
    public static func appendCanonicalJSON(string text: String, to out: inout String) {
        writeString(text, into: &out)
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension Value {
    /// A stable JSON encoding for payload hashes: object keys sorted by their UTF-8 bytes, no
    /// whitespace, numbers in plain notation (`12.5`, never `1.25e1`; `1.50` and `1.5` encode alike),
    /// datetimes as ISO 8601 UTC strings, strings escaped minimally (`"`, `\`, control characters).
    public var canonicalJSON: String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        writeCanonical(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes, not `String` appends: the encoding runs for every job and audit event.
    private func writeCanonical(into out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .decimal(let d): out += d.description.utf8
        case .string(let s): Value.writeString(s, into: &out)
        case .datetime, .naiveDateTime, .date: Value.writeString(text ?? "", into: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.writeCanonical(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            let sorted = fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, field) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Value.writeString(field.key, into: &out)
                out.append(UInt8(ascii: ":"))
                field.value.writeCanonical(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a canonical JSON string (quoted, escaped as in ``canonicalJSON``) to UTF-8 bytes.
    public static func appendCanonicalJSON(string text: String, to out: inout [UInt8]) {
        writeString(text, into: &out)
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: append them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text.utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            case UInt8(ascii: "\r"): out += #"\r"#.utf8
            case UInt8(ascii: "\t"): out += #"\t"#.utf8
            case 0..<0x20:
                out += #"\u00"#.utf8
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

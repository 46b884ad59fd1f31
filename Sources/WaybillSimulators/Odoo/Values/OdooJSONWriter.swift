/// Writes `OdooValue` as compact JSON text (`None` becomes `false`, as Odoo never sends null back).
enum OdooJSONWriter {
    /// JSON text of `value`.
    static func write(_ value: OdooValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// JSON bytes of `value`.
    static func bytes(_ value: OdooValue) -> [UInt8] { Array(write(value).utf8) }

    private static func write(_ value: OdooValue, into out: inout String) {
        switch value {
        case .bool(let flag): out += flag ? "true" : "false"
        case .none: out += "false"
        case .int(let number): out += String(number)
        case .double(let number):
            if number.isFinite {
                out += number.rounded() == number && abs(number) < 1e15 ? String(format2: number) : "\(number)"
            } else {
                out += "null"
            }
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .dict(let dict):
            out += "{"
            var first = true
            for (key, item) in dict {
                if !first { out += ", " }
                first = false
                writeString(key, into: &out)
                out += ": "
                write(item, into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
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

extension String {
    /// `1.0` style text of an integral double, as Python prints it.
    init(format2 number: Double) {
        self = String(Int(number)) + ".0"
    }
}

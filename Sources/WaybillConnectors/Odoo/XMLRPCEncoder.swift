import Foundation

/// Writes XML-RPC documents (`methodCall`, `methodResponse`, faults).
public enum XMLRPCEncoder {
    /// A `methodCall` document.
    public static func methodCall(_ name: String, params: [XMLRPCValue]) -> Data {
        var xml = "<?xml version=\"1.0\"?>\n<methodCall><methodName>\(escape(name))</methodName><params>"
        for param in params { xml += "<param>\(value(param))</param>" }
        xml += "</params></methodCall>"
        return Data(xml.utf8)
    }

    /// A `methodResponse` document returning `result`.
    public static func methodResponse(_ result: XMLRPCValue) -> Data {
        Data("<?xml version=\"1.0\"?>\n<methodResponse><params><param>\(value(result))</param></params></methodResponse>".utf8)
    }

    /// A fault `methodResponse` document.
    public static func fault(code: XMLRPCValue, message: String) -> Data {
        let body = value(.structure(["faultCode": code, "faultString": .string(message)]))
        return Data("<?xml version=\"1.0\"?>\n<methodResponse><fault>\(body)</fault></methodResponse>".utf8)
    }

    /// One `<value>` element. Struct members are written in sorted order (stable bytes).
    public static func value(_ value: XMLRPCValue) -> String {
        switch value {
        case .int(let number): return "<value><int>\(number)</int></value>"
        case .bool(let flag): return "<value><boolean>\(flag ? 1 : 0)</boolean></value>"
        case .string(let text): return "<value><string>\(escape(text))</string></value>"
        case .double(let number): return "<value><double>\(number)</double></value>"
        case .dateTime(let text): return "<value><dateTime.iso8601>\(escape(text))</dateTime.iso8601></value>"
        case .base64(let data): return "<value><base64>\(data.base64EncodedString())</base64></value>"
        case .nil: return "<value><nil/></value>"
        case .array(let elements):
            return "<value><array><data>" + elements.map { self.value($0) }.joined() + "</data></array></value>"
        case .structure(let members):
            let body = members.keys.sorted().map { key in
                "<member><name>\(escape(key))</name>\(self.value(members[key] ?? .nil))</member>"
            }
            return "<value><struct>" + body.joined() + "</struct></value>"
        }
    }

    /// Escapes `&`, `<`, `>` (and `\r`, which XML parsers would otherwise normalise).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// Encodes XML-RPC `<methodResponse>` bodies the way Python's `xmlrpc.client.dumps` does.
enum XMLRPCResponse {
    /// The document header (as in API-FACTS §1.5).
    static let header = "<?xml version=\"1.0\"?>\n"

    /// A successful response carrying one value.
    static func success(_ value: OdooValue) -> String {
        var out = header + "<methodResponse>\n<params>\n<param>\n"
        encode(value, into: &out)
        out += "</param>\n</params>\n</methodResponse>\n"
        return out
    }

    /// A fault with an integer code (1 application error, 2 user error, 3 access denied, 4 access error).
    static func fault(code: Int, message: String) -> String {
        header + "<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n"
            + "<value><int>\(code)</int></value>\n</member>\n<member>\n<name>faultString</name>\n"
            + "<value><string>\(escape(message))</string></value>\n</member>\n</struct></value>\n</fault>\n</methodResponse>"
    }

    private static func encode(_ value: OdooValue, into out: inout String) {
        switch value {
        case .bool(let flag): out += "<value><boolean>\(flag ? 1 : 0)</boolean></value>\n"
        case .none: out += "<value><boolean>0</boolean></value>\n"
        case .int(let number):
            if number > Int(Int32.max) || number < Int(Int32.min) {
                out += "<value><double>\(Double(number))</double></value>\n"
            } else {
                out += "<value><int>\(number)</int></value>\n"
            }
        case .double(let number): out += "<value><double>\(number)</double></value>\n"
        case .string(let text): out += "<value><string>\(escape(text))</string></value>\n"
        case .array(let items):
            out += "<value><array><data>\n"
            for item in items { encode(item, into: &out) }
            out += "</data></array></value>\n"
        case .dict(let dict):
            out += "<value><struct>\n"
            for (key, item) in dict {
                out += "<member>\n<name>\(escape(key))</name>\n"
                encode(item, into: &out)
                out += "</member>\n"
            }
            out += "</struct></value>\n"
        }
    }

    /// Escapes `&`, `<`, `>` and strips control characters other than tab, newline and carriage return.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

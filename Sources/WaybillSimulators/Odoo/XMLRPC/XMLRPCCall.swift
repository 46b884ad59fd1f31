import Foundation

/// A decoded XML-RPC `<methodCall>`: the method name and its positional parameters.
struct XMLRPCCall: Equatable {
    /// The `<methodName>`.
    var method: String
    /// The `<params>`, in order.
    var params: [OdooValue]

    /// Why a body is not a valid XML-RPC call.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// Decodes an XML-RPC request body.
    static func decode(_ body: Data) throws(Malformed) -> XMLRPCCall {
        guard let root = XMLRPCNode.parse(body) else { throw Malformed(description: "not well-formed (invalid token)") }
        guard root.name == "methodCall", let name = root.child("methodName") else {
            throw Malformed(description: "expected a <methodCall> with a <methodName>")
        }
        var params: [OdooValue] = []
        for param in root.child("params")?.children ?? [] where param.name == "param" {
            guard let value = param.child("value") else { throw Malformed(description: "<param> without <value>") }
            params.append(try decodeValue(value))
        }
        return XMLRPCCall(method: name.text.trimmingCharacters(in: .whitespacesAndNewlines), params: params)
    }

    /// Decodes one `<value>` element.
    static func decodeValue(_ node: XMLRPCNode) throws(Malformed) -> OdooValue {
        guard let typed = node.children.first else { return .string(node.text) }
        let text = typed.text
        switch typed.name {
        case "int", "i4", "i8":
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw Malformed(description: "bad integer \(text)")
            }
            return .int(number)
        case "boolean":
            switch text.trimmingCharacters(in: .whitespaces) {
            case "1": return .bool(true)
            case "0": return .bool(false)
            default: throw Malformed(description: "bad boolean value")
            }
        case "double":
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw Malformed(description: "bad double \(text)")
            }
            return .double(number)
        case "string", "base64": return .string(text)
        case "dateTime.iso8601": return .string(isoToOdoo(text))
        case "nil": return .none
        case "array":
            var items: [OdooValue] = []
            for value in typed.child("data")?.children ?? [] where value.name == "value" {
                items.append(try decodeValue(value))
            }
            return .array(items)
        case "struct":
            var dict = OdooDict()
            for member in typed.children where member.name == "member" {
                guard let key = member.child("name"), let value = member.child("value") else {
                    throw Malformed(description: "<member> needs <name> and <value>")
                }
                dict[key.text] = try decodeValue(value)
            }
            return .dict(dict)
        default:
            throw Malformed(description: "unknown value type <\(typed.name)>")
        }
    }

    /// `20240501T12:00:00` → `2024-05-01 12:00:00`.
    private static func isoToOdoo(_ text: String) -> String {
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        guard chars.count >= 17, chars[8] == "T" else { return text }
        return "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8])) \(String(chars[9..<17]))"
    }
}

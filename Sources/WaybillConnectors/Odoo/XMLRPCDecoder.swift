import Foundation

/// A document that is not the XML-RPC it should be.
public struct XMLRPCDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The explanation.
    public var description: String { "XML-RPC: \(message)" }
}

/// Reads XML-RPC documents.
public enum XMLRPCDecoder {
    /// Decodes a `methodResponse` into its parameters or its fault.
    public static func response(_ data: Data) throws -> XMLRPCResponse {
        let root = try XMLTreeNode.parse(data).get()
        guard root.name == "methodResponse" else { throw XMLRPCDecodingError(message: "root is <\(root.name)>, expected <methodResponse>") }
        if let fault = root.child("fault") {
            guard let element = fault.child("value") else { throw XMLRPCDecodingError(message: "<fault> without <value>") }
            guard case .structure(let members) = try value(element) else { throw XMLRPCDecodingError(message: "<fault> value is not a struct") }
            let text: String
            if case .string(let message)? = members["faultString"] { text = message } else { text = "" }
            return .fault(code: members["faultCode"] ?? .nil, message: text)
        }
        guard let params = root.child("params") else { throw XMLRPCDecodingError(message: "<methodResponse> without <params> or <fault>") }
        return .params(try parameters(params))
    }

    /// Decodes a `methodCall` into its method name and parameters.
    public static func call(_ data: Data) throws -> (method: String, params: [XMLRPCValue]) {
        let root = try XMLTreeNode.parse(data).get()
        guard root.name == "methodCall", let name = root.child("methodName") else {
            throw XMLRPCDecodingError(message: "expected <methodCall> with <methodName>")
        }
        let params = try root.child("params").map(parameters) ?? []
        return (name.text.trimmingCharacters(in: .whitespacesAndNewlines), params)
    }

    private static func parameters(_ params: XMLTreeNode) throws -> [XMLRPCValue] {
        try params.children(named: "param").map { param in
            guard let element = param.child("value") else { throw XMLRPCDecodingError(message: "<param> without <value>") }
            return try value(element)
        }
    }

    /// Decodes one `<value>` element.
    static func value(_ element: XMLTreeNode) throws -> XMLRPCValue {
        guard let typed = element.children.first else { return .string(element.text) }
        let text = typed.text
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch typed.name {
        case "int", "i4", "i8", "i1", "i2", "biginteger":
            guard let number = Int(trimmed) else { throw XMLRPCDecodingError(message: "bad <\(typed.name)> '\(trimmed)'") }
            return .int(number)
        case "boolean":
            guard trimmed == "0" || trimmed == "1" else { throw XMLRPCDecodingError(message: "bad <boolean> '\(trimmed)'") }
            return .bool(trimmed == "1")
        case "string": return .string(text)
        case "double", "float", "bigdecimal":
            guard let number = Double(trimmed) else { throw XMLRPCDecodingError(message: "bad <double> '\(trimmed)'") }
            return .double(number)
        case "dateTime.iso8601": return .dateTime(trimmed)
        case "base64":
            let compact = trimmed.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact) else { throw XMLRPCDecodingError(message: "bad <base64>") }
            return .base64(data)
        case "nil": return .nil
        case "array":
            guard let data = typed.child("data") else { throw XMLRPCDecodingError(message: "<array> without <data>") }
            return .array(try data.children(named: "value").map(value))
        case "struct":
            var members: [String: XMLRPCValue] = [:]
            for member in typed.children(named: "member") {
                guard let name = member.child("name"), let inner = member.child("value") else {
                    throw XMLRPCDecodingError(message: "<member> needs <name> and <value>")
                }
                members[name.text] = try value(inner)
            }
            return .structure(members)
        default:
            throw XMLRPCDecodingError(message: "unknown type <\(typed.name)>")
        }
    }
}

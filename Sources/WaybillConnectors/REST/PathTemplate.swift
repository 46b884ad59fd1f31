import Foundation

/// Fills `{name}` placeholders in path and query templates.
public enum PathTemplate {
    /// `template` with each `{name}` replaced by `values[name]`, percent-encoded as a path
    /// segment when `encode` is set. Throws a permanent configuration error naming the
    /// first placeholder without a value or an unclosed `{`.
    public static func fill(_ template: String, values: [String: String], encode: Bool = true) throws -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw ConnectorError(.permanent, .configuration, message: "unclosed '{' in template '\(template)'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = values[name] else {
                throw ConnectorError(.permanent, .configuration, message: "no value for '{\(name)}' in template '\(template)'")
            }
            result += encode ? (value.addingPercentEncoding(withAllowedCharacters: .waybillQueryValue) ?? "") : value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

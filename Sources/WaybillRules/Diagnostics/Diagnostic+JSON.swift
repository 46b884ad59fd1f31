import Foundation

extension Diagnostic {
    /// The JSON object of one diagnostic: file, line, column, severity, code, message, suggestion.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "file": file, "line": line, "column": column, "length": location.length,
            "severity": severity.rawValue, "code": code.rawValue, "message": message,
        ]
        object["suggestion"] = suggestion ?? NSNull()
        if !notes.isEmpty { object["notes"] = notes }
        return object
    }

    /// Renders diagnostics as a JSON array (pretty-printed, keys sorted).
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.map(\.jsonObject)
        guard let data = try? JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        ) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Renders diagnostics as text for people: `path:line:col: error[CODE]: message`, the source line,
/// a caret under the span, then `help:` and `note:` lines.
public struct DiagnosticRenderer: Sendable {
    /// Source texts by path, for the snippet lines.
    public var sources: [String: SourceFile]

    /// Creates a renderer over the loaded sources.
    public init(sources: [String: SourceFile]) {
        self.sources = sources
    }

    /// Renders one diagnostic (several lines, ending without a newline).
    public func render(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var lines = ["\(location): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)"]
        if let source = sources[location.file], let text = source.line(location.line) {
            let gutter = String(location.line)
            let pad = String(repeating: " ", count: gutter.count)
            let lineText = String(text)
            let available = max(1, lineText.unicodeScalars.count - location.column + 1)
            let width = min(location.length, available)
            let indent = String(lineText.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
            lines.append("\(pad) |")
            lines.append("\(gutter) | \(lineText)")
            lines.append("\(pad) | \(indent)\(String(repeating: "^", count: width))")
        }
        if let suggestion = diagnostic.suggestion {
            lines.append("help: did you mean `\(suggestion)`?")
        }
        for note in diagnostic.notes {
            lines.append("note: \(note)")
        }
        return lines.joined(separator: "\n")
    }

    /// Renders all diagnostics with a blank line between them and a summary line at the end.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var blocks = diagnostics.map(render)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        blocks.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return blocks.joined(separator: "\n\n")
    }
}

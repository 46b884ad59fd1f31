import Foundation
import Yams

extension YAMLLoader {
    /// Turns a Yams error into a diagnostic at the problem's position.
    static func diagnostic(for error: YamlError, in source: SourceFile) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: source.path, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [String] = []
            if let context {
                notes.append("\(context.text) at line \(context.mark.line), column \(context.mark.column)")
            }
            let location = at(mark)
            return Diagnostic(.yamlSyntax, at: location, "YAML syntax error: \(problem)",
                              notes: notes + ["check the indentation of this line and the lines around it"])
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let first = at(context.mark)
            let second = secondOccurrence(of: key, after: first, in: source) ?? first
            return Diagnostic(.duplicateKey, at: second.shifted(by: 0, length: key.count),
                              "duplicate key `\(key)` in one mapping (first at line \(first.line))")
        default:
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: source.path, line: 1, column: 1),
                              "cannot parse YAML: \(error)")
        }
    }

    private static func secondOccurrence(of key: String, after first: SourceLocation,
                                         in source: SourceFile) -> SourceLocation? {
        guard first.line >= 1 else { return nil }
        var number = first.line + 1
        while let text = source.line(number) {
            let indent = text.prefix { $0 == " " || $0 == "-" }.count
            let rest = text.dropFirst(indent)
            if indent + 1 == first.column, rest.hasPrefix(key + ":") || rest.hasPrefix("'\(key)':")
                || rest.hasPrefix("\"\(key)\":") {
                return SourceLocation(file: source.path, line: number, column: indent + 1)
            }
            number += 1
        }
        return nil
    }
}

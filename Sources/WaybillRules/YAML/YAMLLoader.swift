import Yams

/// Parses YAML text into a position-carrying `YAMLNode`. Syntax errors, tabs in indentation,
/// duplicate keys, anchors and aliases become diagnostics; nothing is thrown.
public enum YAMLLoader {
    /// Parses one file. Returns the root node (nil for an empty or unparsable file) and diagnostics.
    public static func load(_ source: SourceFile) -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        let tabs = tabDiagnostics(source)
        if !tabs.isEmpty { return (nil, tabs) }
        do {
            guard let root = try Yams.compose(yaml: source.text) else { return (nil, []) }
            var diagnostics: [Diagnostic] = []
            let node = convert(root, source: source, diagnostics: &diagnostics)
            return (node, diagnostics)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, in: source)])
        } catch {
            return (nil, [Diagnostic(.yamlSyntax, at: SourceLocation(file: source.path, line: 1, column: 1),
                                     "cannot parse YAML: \(error)")])
        }
    }

    private static func tabDiagnostics(_ source: SourceFile) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in source.lines.enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            if let offset = indentation.firstIndex(of: "\t") {
                let column = line.distance(from: line.startIndex, to: offset) + 1
                found.append(Diagnostic(
                    .tabIndentation, at: SourceLocation(file: source.path, line: index + 1, column: column),
                    "tab character in indentation; YAML indents with spaces only"))
            }
        }
        return found
    }

    private static func convert(_ node: Node, source: SourceFile, diagnostics: inout [Diagnostic]) -> YAMLNode {
        var location = SourceLocation(file: source.path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        if node.anchor != nil {
            diagnostics.append(Diagnostic(.unsupportedYAML, at: location,
                                          "anchors are not allowed in rule files; write the value out"))
        }
        switch node {
        case .scalar(let scalar):
            let style = YAMLScalar.Style(scalar.style)
            let text = scalar.string
            location.length = style == .plain ? text.unicodeScalars.count : text.unicodeScalars.count + 2
            return YAMLNode(content: .scalar(YAMLScalar(text: text, style: style)), location: location)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                let keyNode = convert(key, source: source, diagnostics: &diagnostics)
                guard let keyScalar = keyNode.scalar else {
                    diagnostics.append(Diagnostic(.wrongType, at: keyNode.location,
                                                  "a mapping key must be a scalar, not \(keyNode.shapeName)"))
                    continue
                }
                let valueNode = convert(value, source: source, diagnostics: &diagnostics)
                entries.append(YAMLEntry(key: keyScalar.text, keyLocation: keyNode.location, value: valueNode))
            }
            return YAMLNode(content: .mapping(entries), location: location)
        case .sequence(let sequence):
            let items = sequence.map { convert($0, source: source, diagnostics: &diagnostics) }
            return YAMLNode(content: .sequence(items), location: location)
        case .alias:
            diagnostics.append(Diagnostic(.unsupportedYAML, at: location,
                                          "aliases are not allowed in rule files; write the value out"))
            return YAMLNode(content: .scalar(YAMLScalar(text: "", style: .plain)), location: location)
        }
    }
}

extension YAMLScalar.Style {
    init(_ style: Node.Scalar.Style) {
        switch style {
        case .singleQuoted: self = .singleQuoted
        case .doubleQuoted: self = .doubleQuoted
        case .literal: self = .literal
        case .folded: self = .folded
        default: self = .plain
        }
    }
}

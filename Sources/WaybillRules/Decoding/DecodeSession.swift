/// State shared by the decoders of one file: the source, the diagnostics found so far, and the
/// location of every decoded value by its path (`steps[0].values.name`), for later validators.
final class DecodeSession {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []
    var locations: [String: SourceLocation] = [:]

    init(source: SourceFile) {
        self.source = source
    }

    var file: String { source.path }

    func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String,
                suggestion: String? = nil, notes: [String] = []) {
        diagnostics.append(Diagnostic(code, at: location, message, suggestion: suggestion, notes: notes))
    }

    /// Opens a mapping node for reading; reports a type error and returns nil otherwise.
    func mapping(_ node: YAMLNode, _ path: String, what: String? = nil) -> MappingReader? {
        guard case .mapping(let entries) = node.content else {
            report(.wrongType, at: node.location,
                   "`\(what ?? path.lastPathComponent)` must be a mapping, not \(node.shapeName)")
            return nil
        }
        locations[path] = node.location
        return MappingReader(session: self, node: node, path: path, entries: entries)
    }

    /// The items of a sequence node; reports a type error and returns nil otherwise.
    func sequence(_ node: YAMLNode, _ path: String) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content else {
            report(.wrongType, at: node.location, "`\(path.lastPathComponent)` must be a list, not \(node.shapeName)")
            return nil
        }
        return items
    }

    /// A scalar's text; reports a type error for mappings and lists.
    func string(_ node: YAMLNode, _ path: String) -> String? {
        guard let scalar = node.scalar else {
            report(.wrongType, at: node.location, "`\(path.lastPathComponent)` must be text, not \(node.shapeName)")
            return nil
        }
        return scalar.text
    }

    /// A list of scalars (a single scalar counts as a one-element list).
    func strings(_ node: YAMLNode, _ path: String) -> [String]? {
        if let scalar = node.scalar { return scalar.isNull ? [] : [scalar.text] }
        guard let items = sequence(node, path) else { return nil }
        return items.enumerated().compactMap { index, item in
            let text = string(item, "\(path)[\(index)]")
            if let text { locations["\(path)[\(index)]"] = item.location.shifted(by: item.scalar?.isQuoted == true ? 1 : 0, length: text.count) }
            return text
        }
    }
}

extension String {
    /// The last component of a dotted decoding path, without list indices.
    var lastPathComponent: String {
        let last = split(separator: ".").last.map(String.init) ?? self
        return last.split(separator: "[").first.map(String.init) ?? last
    }

    /// `self.key`, or `key` at the root.
    func appending(_ key: String) -> String { isEmpty ? key : "\(self).\(key)" }
}

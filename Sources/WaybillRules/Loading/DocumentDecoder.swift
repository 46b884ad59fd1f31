/// Decodes one YAML file into the model, choosing the kind from the first key.
enum DocumentDecoder {
    static let kinds = ["system", "flow", "table", "tenants"]

    static func decode(_ source: SourceFile, pack: String?, into model: inout RuleModel) -> [Diagnostic] {
        model.sources[source.path] = source
        let (root, yamlDiagnostics) = YAMLLoader.load(source)
        guard let root else {
            if yamlDiagnostics.isEmpty {
                return [Diagnostic(.unknownDocumentKind, at: SourceLocation(file: source.path, line: 1, column: 1),
                                   "empty file; expected a document starting with one of: \(kinds.joined(separator: ", "))")]
            }
            return yamlDiagnostics
        }
        let session = DecodeSession(source: source)
        session.diagnostics = yamlDiagnostics
        let isFlow: Bool
        if case .mapping(let entries) = root.content { isFlow = entries.first?.key == "flow" } else { isFlow = false }
        session.diagnostics += LiteralSecretScanner.scan(root, isFlow: isFlow)
        guard let reader = session.mapping(root, "", what: "document") else { return session.diagnostics }
        guard let first = reader.entries.first, kinds.contains(first.key) else {
            let key = reader.entries.first?.key ?? ""
            session.report(.unknownDocumentKind, at: reader.entries.first?.keyLocation.shifted(by: 0, length: key.count) ?? root.location,
                           "a rule document starts with one of: \(kinds.joined(separator: ", "))",
                           suggestion: Suggestion.closest(to: key, in: kinds))
            return session.diagnostics
        }
        switch first.key {
        case "system":
            if let system = SystemDecoder.decode(reader) { model.systems.append(located(system, session)) }
        case "flow":
            if let flow = FlowDecoder.decode(reader, pack: pack) { model.flows.append(located(flow, session)) }
        case "table":
            if let table = TableDecoder.decode(reader) { model.tables.append(located(table, session)) }
        default:
            if let connections = ConnectionsDecoder.decode(reader) {
                model.connections.append(located(connections, session))
            }
        }
        reader.finish()
        model.sources[source.path] = source
        return session.diagnostics
    }

    /// Decodes a CSV table (with an optional schema document).
    static func decodeCSV(_ source: SourceFile, schema: SourceFile?, into model: inout RuleModel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var schemaTable: TableDefinition?
        if let schema {
            var scratch = RuleModel()
            diagnostics += decode(schema, pack: nil, into: &scratch)
            schemaTable = scratch.tables.first?.value
            model.sources[schema.path] = schema
        }
        let name = source.path.split(separator: "/").last.map { String($0.dropLast(4)) } ?? source.path
        let (table, csvDiagnostics) = CSVTableDecoder.decode(source, name: name, schema: schemaTable)
        diagnostics += csvDiagnostics
        if let table {
            model.tables.append(Located(value: table, file: source.path, locations: ["": table.location]))
        }
        model.sources[source.path] = source
        return diagnostics
    }

    private static func located<T: Sendable>(_ value: T, _ session: DecodeSession) -> Located<T> {
        Located(value: value, file: session.file, locations: session.locations)
    }
}

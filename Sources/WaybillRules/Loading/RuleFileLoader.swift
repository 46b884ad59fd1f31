import Foundation

/// Reads rule files from disk and decodes them (CSV tables with their optional schema sibling).
enum RuleFileLoader {
    static func load(_ files: [String], into model: inout RuleModel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let schemas = Set(files.filter { $0.hasSuffix(".schema.yaml") })
        var usedSchemas: Set<String> = []
        for file in files where file.hasSuffix(".csv") {
            let schemaPath = String(file.dropLast(4)) + ".schema.yaml"
            guard let source = read(file, into: &diagnostics) else { continue }
            var schema: SourceFile?
            if schemas.contains(schemaPath) {
                usedSchemas.insert(schemaPath)
                schema = read(schemaPath, into: &diagnostics)
            }
            diagnostics += DocumentDecoder.decodeCSV(source, schema: schema, into: &model)
        }
        for file in files where !file.hasSuffix(".csv") && !usedSchemas.contains(file) {
            guard let source = read(file, into: &diagnostics) else { continue }
            diagnostics += DocumentDecoder.decode(source, pack: RuleFileFinder.pack(of: file), into: &model)
        }
        return diagnostics
    }

    private static func read(_ path: String, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1),
                                          "cannot read file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1),
                                          "file is not UTF-8 text"))
            return nil
        }
        return SourceFile(path: path, text: text)
    }
}

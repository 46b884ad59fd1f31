/// The facade of the rule compiler: files → positioned YAML → documents → validators →
/// compiled expressions → `Plan`. Pure: reads the given files and nothing else.
public enum RuleSet {
    /// Everything one load produced.
    public struct Result: Sendable {
        /// The plan, or nil when any diagnostic is an error.
        public var plan: Plan?
        /// All diagnostics, sorted by file, line and column.
        public var diagnostics: [Diagnostic]
        /// The texts of the loaded files (for rendering source lines).
        public var sources: [String: SourceFile]
        /// Paths given that do not exist.
        public var missingPaths: [String]
    }

    /// Loads, validates and compiles the rule files under `paths` (files or folders).
    public static func load(paths: [String]) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let result = loadResult(paths: paths)
        return (result.plan, result.diagnostics)
    }

    /// Like `load(paths:)`, with the sources and missing paths too.
    public static func loadResult(paths: [String]) -> Result {
        let found = RuleFileFinder.find(paths)
        var model = RuleModel()
        var diagnostics: [Diagnostic] = found.missing.map {
            Diagnostic(.unreadableFile, at: SourceLocation(file: $0, line: 1, column: 1), "no such file or folder")
        }
        diagnostics += RuleFileLoader.load(found.files, into: &model)
        let (plan, more) = compile(model)
        diagnostics += more
        let sorted = diagnostics.sortedByLocation()
        return Result(plan: sorted.hasErrors ? nil : plan, diagnostics: sorted, sources: model.sources,
                      missingPaths: found.missing)
    }

    /// Loads rules from in-memory texts (path → text), e.g. for tests and editors.
    public static func load(texts: [(path: String, text: String)]) -> Result {
        var model = RuleModel()
        var diagnostics: [Diagnostic] = []
        for (path, text) in texts {
            let source = SourceFile(path: path, text: text)
            diagnostics += DocumentDecoder.decode(source, pack: RuleFileFinder.pack(of: path), into: &model)
            model.sources[path] = source
        }
        let (plan, more) = compile(model)
        diagnostics += more
        let sorted = diagnostics.sortedByLocation()
        return Result(plan: sorted.hasErrors ? nil : plan, diagnostics: sorted, sources: model.sources, missingPaths: [])
    }

    /// Validates a decoded model and compiles it to a plan.
    public static func compile(_ model: RuleModel) -> (Plan?, [Diagnostic]) {
        let index = SchemaIndex(model)
        var diagnostics: [Diagnostic] = []
        for validator in SpecifiedValidators.all {
            diagnostics += validator.validate(model, index)
        }
        let compiled = ExpressionStage.compile(model, index)
        diagnostics += compiled.diagnostics
        let plan = Plan(flows: compiled.flows.sorted { $0.name < $1.name }, systems: compiled.systems, tables: index.tables,
                        connections: model.connections.first?.value)
        return (plan, diagnostics)
    }
}

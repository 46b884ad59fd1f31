import WaybillExpressions

/// An expression or `${…}` template compiled once for the engine, evaluated per unit of work.
///
/// The rule compiler type-checks every expression against the resource schemas; the engine only
/// needs a runnable closure. Root names the engine cannot type in advance (the record's fields)
/// are declared as `any`, so the expression is checked structurally and its values at run time.
public struct EngineExpression: Sendable, CustomStringConvertible {
    /// Expression or text template.
    public enum Form: Sendable, Hashable {
        /// An expression (`qty > 0`).
        case expression
        /// Text with `${expr}` interpolation.
        case template
    }

    /// The source text.
    public let source: String
    /// How the text is read.
    public let form: Form
    private let compiled: CompiledExpression

    /// Compiles `source`; throws ``EngineError`` with the first diagnostic when it has errors.
    public init(_ source: String, form: Form = .expression) throws {
        var variables: [String: ExprType] = [:]
        var tables: [String: LookupTableType] = [:]
        for _ in 0..<32 {
            let env = ExpressionEnvironment(variables: variables, tables: tables)
            let result = form == .template
                ? Expressions.compileTemplate(source, in: env)
                : Expressions.compile(source, in: env)
            if let expression = result.expression {
                self.source = source
                self.form = form
                self.compiled = expression
                return
            }
            let unknown = result.diagnostics.filter { $0.code == ExpressionDiagnosticCode.unknownVariable.rawValue }
            let names = unknown.compactMap { Self.name(in: source, range: $0.range) }
                .filter { variables[$0] == nil }
            let unknownTables = result.diagnostics.filter { $0.code == ExpressionDiagnosticCode.unknownTable.rawValue }
            let tableNames = unknownTables.compactMap { Self.quoted(in: $0.message) }.filter { tables[$0] == nil }
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            guard unknown.count + unknownTables.count == errors, !(names.isEmpty && tableNames.isEmpty) else {
                let first = result.diagnostics.first { $0.severity == .error }
                throw EngineError.mapping("cannot compile `\(source)`: \(first?.message ?? "unknown error")")
            }
            for name in names { variables[name] = .any }
            for name in tableNames { tables[name] = LookupTableType(keyType: .any, valueType: .any) }
        }
        throw EngineError.mapping("cannot compile `\(source)`: too many unknown names")
    }

    /// Wraps an expression the rule compiler already compiled and type-checked.
    public init(compiled: CompiledExpression, form: Form) {
        self.source = compiled.source
        self.form = form
        self.compiled = compiled
    }

    /// A template (`"odoo:product:${id}"`).
    public static func template(_ source: String) throws -> EngineExpression {
        try EngineExpression(source, form: .template)
    }

    /// Evaluates against one unit's scope.
    public func evaluate(_ scope: UnitScope) throws -> Value {
        do {
            return try compiled.evaluate(scope.context)
        } catch let error as EvaluationError {
            throw EngineError.mapping("`\(source)`: \(error)")
        }
    }

    /// The source text.
    public var description: String { source }

    private static func quoted(in message: String) -> String? {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }

    private static func name(in source: String, range: Range<Int>) -> String? {
        let scalars = Array(source.unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { return nil }
        var text = String(String.UnicodeScalarView(scalars[range]))
        if let dot = text.firstIndex(where: { $0 == "." || $0 == "[" }) { text = String(text[..<dot]) }
        return text.isEmpty ? nil : text
    }
}

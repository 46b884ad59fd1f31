/// One problem found while compiling an expression: a value, collected with the others, never thrown.
public struct ExpressionDiagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// The expression is rejected.
        case error
        /// The expression compiles but is probably not what was meant.
        case warning
    }

    /// Stable code, e.g. `X006`; see ``ExpressionDiagnosticCode``.
    public let code: String
    /// Error or warning.
    public let severity: Severity
    /// What is wrong, in one sentence.
    public let message: String
    /// Offsets in Unicode scalars from the start of the source text.
    public internal(set) var range: Range<Int>
    /// A printable hint, e.g. "did you mean `default_code`?".
    public let suggestion: String?

    /// Creates a diagnostic; the severity comes from the code.
    public init(_ code: ExpressionDiagnosticCode, _ message: String, at range: Range<Int>, suggestion: String? = nil) {
        self.code = code.rawValue
        self.severity = code.severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }
}

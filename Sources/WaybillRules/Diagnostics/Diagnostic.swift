/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// A note attached to nothing else; never fails validation.
    case note
    /// Likely a mistake; fails validation only with `--deny-warnings`.
    case warning
    /// The rules cannot run as written.
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// Orders by seriousness.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the rules: a value, collected, never thrown.
public struct Diagnostic: Sendable, Hashable {
    /// Stable code (`R…` from this module, `X…` from the expression language).
    public var code: DiagnosticCode
    /// How serious it is.
    public var severity: Severity
    /// Where it is (file, line, column, span length).
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String
    /// A replacement to try (for "did you mean `default_code`?"), if any.
    public var suggestion: String?
    /// Extra lines of explanation.
    public var notes: [String]

    /// Creates a diagnostic; the severity defaults to the code's own.
    public init(
        _ code: DiagnosticCode,
        at location: SourceLocation,
        _ message: String,
        severity: Severity? = nil,
        suggestion: String? = nil,
        notes: [String] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
        self.suggestion = suggestion
        self.notes = notes
    }

    /// The file path.
    public var file: String { location.file }
    /// The 1-based line.
    public var line: Int { location.line }
    /// The 1-based column.
    public var column: Int { location.column }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line, column, then code, for stable output.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.file, $0.line, $0.column, $0.code.rawValue, $0.message)
                < ($1.file, $1.line, $1.column, $1.code.rawValue, $1.message)
        }
    }
}

/// An expression or `${…}` template written in a rule file, with the file position of each of its
/// characters so that expression diagnostics point into the file.
public struct RuleExpression: Sendable {
    /// How the text is read.
    public enum Form: String, Sendable, Hashable, Codable {
        /// An expression (`qty > 0`).
        case expression
        /// Text with `${expr}` interpolation (`"odoo:product:${id}"`).
        case template
    }

    /// The expression or template text (without a leading `=`).
    public var source: String
    /// Expression or template.
    public var form: Form
    /// The location of the whole scalar in the file.
    public var location: SourceLocation
    /// The compiled form, filled in by the compiler (nil until compiled or when it has errors).
    public var compiled: CompiledRuleExpression?
    /// File (line, column) of each Unicode scalar of `source`, plus one past the end.
    let positions: [SourcePosition]

    /// Creates an expression whose characters sit on one line from `location.column + offset`.
    public init(source: String, form: Form, location: SourceLocation, offset: Int = 0) {
        self.source = source
        self.form = form
        self.location = location
        let count = source.unicodeScalars.count
        self.positions = (0...count).map { SourcePosition(line: location.line, column: location.column + offset + $0) }
    }

    init(source: String, form: Form, location: SourceLocation, positions: [SourcePosition]) {
        self.source = source
        self.form = form
        self.location = location
        self.positions = positions
    }

    /// The file location of a range of Unicode-scalar offsets inside `source`.
    public func location(of range: Range<Int>) -> SourceLocation {
        guard !positions.isEmpty else { return location }
        let start = positions[min(max(0, range.lowerBound), positions.count - 1)]
        let end = positions[min(max(0, range.upperBound), positions.count - 1)]
        let length = end.line == start.line ? end.column - start.column : 1
        return SourceLocation(file: location.file, line: start.line, column: start.column, length: max(1, length))
    }
}

/// A line and column in a file.
struct SourcePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// The text of one rule file, kept for rendering source lines under diagnostics.
public struct SourceFile: Sendable, Hashable {
    /// The path as given to the loader.
    public let path: String
    /// The whole text.
    public let text: String
    /// The text split into lines (without line terminators).
    public let lines: [Substring]

    /// Creates a source file from its path and text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// The line with the given 1-based number, if it exists.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}

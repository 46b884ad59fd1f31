extension ExpressionDiagnostic {
    /// The same diagnostic with its range moved by `delta` scalars (e.g. to place an expression that
    /// starts after a prefix inside a larger text).
    public func offset(by delta: Int) -> ExpressionDiagnostic {
        var moved = self
        moved.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        return moved
    }

    /// The 1-based line and column (counted in Unicode scalars) of the range's start within `source`.
    /// A `\n`, `\r\n` or `\r` ends a line.
    public func lineAndColumn(in source: String) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        var previousWasCR = false
        for scalar in source.unicodeScalars {
            if index == range.lowerBound { break }
            index += 1
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
                previousWasCR = false
            } else if scalar == "\r" {
                line += 1
                column = 1
                previousWasCR = true
            } else {
                column += 1
                previousWasCR = false
            }
        }
        return (line, column)
    }
}

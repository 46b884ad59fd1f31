extension DecodeSession {
    /// The file position of each Unicode scalar of a scalar's value (plus one past the end),
    /// accounting for quotes, `''` and backslash escapes, and block scalar indentation.
    func scalarPositions(_ node: YAMLNode, _ scalar: YAMLScalar) -> [SourcePosition] {
        let count = scalar.text.unicodeScalars.count
        let start = node.location
        func straight(line: Int, column: Int) -> [SourcePosition] {
            (0...count).map { SourcePosition(line: line, column: column + $0) }
        }
        switch scalar.style {
        case .plain:
            return straight(line: start.line, column: start.column)
        case .singleQuoted, .doubleQuoted:
            guard let line = source.line(start.line) else { return straight(line: start.line, column: start.column + 1) }
            let raw = Array(line.unicodeScalars)
            var positions: [SourcePosition] = []
            var index = start.column  // 0-based index of the first character after the quote
            for _ in 0..<count {
                positions.append(SourcePosition(line: start.line, column: index + 1))
                guard index < raw.count else { index += 1; continue }
                if scalar.style == .singleQuoted, raw[index] == "'" { index += 2 } else if scalar.style == .doubleQuoted, raw[index] == "\\" { index += 2 } else { index += 1 }
            }
            positions.append(SourcePosition(line: start.line, column: index + 1))
            return positions
        case .literal, .folded:
            var positions: [SourcePosition] = []
            var lineNumber = start.line + 1
            while let text = source.line(lineNumber), text.allSatisfy({ $0 == " " }) { lineNumber += 1 }
            let indent = source.line(lineNumber).map { $0.prefix { $0 == " " }.count } ?? 0
            var column = indent + 1
            for character in scalar.text.unicodeScalars {
                positions.append(SourcePosition(line: lineNumber, column: column))
                if character == "\n" || (scalar.style == .folded && character == " "
                                          && column > (source.line(lineNumber)?.count ?? 0)) {
                    lineNumber += 1
                    column = indent + 1
                } else {
                    column += 1
                }
            }
            positions.append(SourcePosition(line: lineNumber, column: column))
            return positions
        }
    }
}

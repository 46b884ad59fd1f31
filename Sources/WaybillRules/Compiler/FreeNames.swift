/// The root names an expression (or the `${…}` parts of a template) mentions: identifiers not
/// after a `.`, not called as functions, outside string literals. Used only to compile leniently
/// when a flow's source schema is unknown, so that one unknown system does not cascade into
/// an "unknown name" error on every expression.
enum FreeNames {
    static func scan(_ source: String, template: Bool) -> Set<String> {
        var names: Set<String> = []
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var inCode = !template
        var depth = 0
        var quote: Unicode.Scalar?
        func isStart(_ s: Unicode.Scalar) -> Bool { s == "_" || (s.isASCII && s.properties.isAlphabetic) }
        func isPart(_ s: Unicode.Scalar) -> Bool { isStart(s) || ("0"..."9").contains(s) }
        while index < scalars.count {
            let scalar = scalars[index]
            if !inCode {
                if scalar == "$", index + 1 < scalars.count, scalars[index + 1] == "{" { inCode = true; depth = 0; index += 2; continue }
                index += 1
                continue
            }
            if let open = quote {
                if scalar == "\\" { index += 2; continue }
                if scalar == open { quote = nil }
                index += 1
                continue
            }
            if scalar == "'" || scalar == "\"" { quote = scalar; index += 1; continue }
            if template, scalar == "{" { depth += 1 }
            if template, scalar == "}" {
                if depth == 0 { inCode = false } else { depth -= 1 }
                index += 1
                continue
            }
            if isStart(scalar) {
                let start = index
                while index < scalars.count, isPart(scalars[index]) { index += 1 }
                let name = String(String.UnicodeScalarView(scalars[start..<index]))
                var previous = start - 1
                while previous >= 0, scalars[previous] == " " { previous -= 1 }
                var next = index
                while next < scalars.count, scalars[next] == " " { next += 1 }
                let afterDot = previous >= 0 && scalars[previous] == "."
                let isCall = next < scalars.count && scalars[next] == "("
                if !afterDot, !isCall, !["true", "false", "null"].contains(name) { names.insert(name) }
                continue
            }
            index += 1
        }
        return names
    }
}

import Foundation
import Testing
@testable import WaybillExpressions

/// The function reference in docs/expressions.md is generated from the definitions (signature, summary,
/// examples). Re-record on purpose with `RECORD_DOCS=1 swift test --filter FunctionDocs`.
@Test func functionReferenceIsUpToDate() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/expressions.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let begin = "<!-- functions:begin -->\n", end = "<!-- functions:end -->"
    let start = try #require(text.range(of: begin)), stop = try #require(text.range(of: end))
    let rendered = renderFunctionReference()
    if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
        let updated = String(text[..<start.upperBound]) + rendered + String(text[stop.lowerBound...])
        try updated.write(to: docs, atomically: true, encoding: .utf8)
        return
    }
    #expect(String(text[start.upperBound..<stop.lowerBound]) == rendered,
            "docs/expressions.md is stale: run RECORD_DOCS=1 swift test --filter FunctionDocs")
}

private func renderFunctionReference() -> String {
    var out = ""
    for definition in StandardFunctions.all {
        out += "### `\(definition.name)`\n\n`\(definition.signature)`\n\n\(definition.summary)\n\n"
        out += "| expression | result |\n|---|---|\n"
        for example in definition.examples {
            let result: String
            switch example.expected {
            case .value(let value): result = "`\(value.canonicalJSON)`"
            case .failure(let kind): result = "error `\(kind.rawValue)`"
            }
            out += "| `\(example.source.replacingOccurrences(of: "|", with: "\\|"))` | \(result) |\n"
        }
        out += "\n"
    }
    return out
}

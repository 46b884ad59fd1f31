import Foundation
import Testing
@testable import WaybillRules

@Suite struct DiagnosticRenderingTests {
    let flow = """
    flow: x
    trigger:
      poll: { system: odoo, model: product.product, every: 5m }
    steps:
      - system: odoo
        model: product.product
        operation: update
        valuse: {}
    """

    @Test func textHasLocationSnippetCaretAndHelp() throws {
        let result = RuleSet.load(texts: [("rules/x.yaml", flow)])
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unknownKey })
        let text = DiagnosticRenderer(sources: result.sources).render(diagnostic)
        #expect(text == """
        rules/x.yaml:8:5: error[R010]: unknown key `valuse` in `steps[0]`
          |
        8 |     valuse: {}
          |     ^^^^^^
        help: did you mean `values`?
        """)
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let result = RuleSet.load(texts: [("rules/x.yaml", flow)])
        let data = Data(Diagnostic.json(result.diagnostics).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let first = try #require(objects.first { $0["code"] as? String == "R010" })
        #expect(first["file"] as? String == "rules/x.yaml")
        #expect(first["line"] as? Int == 8)
        #expect(first["column"] as? Int == 5)
        #expect(first["severity"] as? String == "error")
        #expect(first["suggestion"] as? String == "values")
        #expect(first["message"] as? String != nil)
    }

    @Test func everyCodeIsUniqueAndDocumented() throws {
        let codes = DiagnosticCode.all.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for code in codes { #expect(text.contains("## \(code)"), "\(code) missing from docs/diagnostics.md") }
    }
}

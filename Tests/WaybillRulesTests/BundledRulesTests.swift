import Foundation
import Testing
@testable import WaybillRules

/// The rule packs shipped in `rules/` compile cleanly, and an integrator's typical mistake in one
/// of them is reported on the line where it was made.
@Suite struct BundledRulesTests {
    static let rulesRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("rules").path

    /// Every bundled file, as (path, text).
    static func bundledFiles() throws -> [(path: String, text: String)] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: rulesRoot)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") }
            .sorted()
        return try paths.map { ("\(rulesRoot)/\($0)", try String(contentsOfFile: "\(rulesRoot)/\($0)", encoding: .utf8)) }
    }

    @Test func everyBundledFileCompilesWithoutDiagnostics() throws {
        let files = try Self.bundledFiles()
        #expect(files.count >= 30)
        let result = RuleSet.load(texts: files)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.code) \($0.message)" })")
        let plan = try #require(result.plan)
        #expect(plan.flows.count >= 20)
        for pack in ["odoo-shipstation", "odoo-shipbob", "odoo-woocommerce", "odoo-shopify"] {
            #expect(files.contains { $0.path.contains("/\(pack)/") }, "pack \(pack) is missing")
        }
    }

    struct Mutation: Sendable, CustomStringConvertible {
        var description: String
        var file: String
        var find: String
        var replace: String
    }

    static let mutations = [
        Mutation(description: "misspelt source field", file: "odoo-shipstation/products.yaml",
                 find: "    name: name\n", replace: "    name: nmae\n"),
        Mutation(description: "misspelt function", file: "odoo-shipstation/products.yaml",
                 find: "round(convert_weight(", replace: "round(convert_wieght("),
        Mutation(description: "misspelt lambda field", file: "odoo-shipstation/shipments.yaml",
                 find: "s => s.trackingNumber ??", replace: "s => s.trackingNumbr ??"),
        Mutation(description: "broken indentation", file: "odoo-shipstation/products.yaml",
                 find: "  resource: product\n", replace: "   resource: product\n"),
        Mutation(description: "unknown key", file: "odoo-shipstation/products.yaml",
                 find: "  operation: update\n", replace: "  operation: update\n  priority: high\n"),
        Mutation(description: "misspelt target field", file: "odoo-shipstation/products.yaml",
                 find: "    weightOz:", replace: "    weightOunces:"),
        Mutation(description: "string into a number field", file: "odoo-shipstation/products.yaml",
                 find: "    weightOz: round(convert_weight(weight, 'kg', 'oz'), 2)\n",
                 replace: "    weightOz: name\n"),
    ]

    @Test(arguments: mutations)
    func mutationIsReportedOnItsLine(_ mutation: Mutation) throws {
        var files = try Self.bundledFiles()
        let index = try #require(files.firstIndex { $0.path.hasSuffix("/" + mutation.file) })
        let original = files[index].text
        let range = try #require(original.range(of: mutation.find), "mutation target not found")
        let firstLine = original[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let lastLine = firstLine + mutation.replace.dropLast().filter { $0 == "\n" }.count
        files[index].text = original.replacingCharacters(in: range, with: mutation.replace)
        let result = RuleSet.load(texts: files)
        let errors = result.diagnostics.filter { $0.severity == .error && $0.file == files[index].path }
        #expect(errors.contains { (firstLine...lastLine).contains($0.line) },
                "\(mutation): \(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" })")
    }
}

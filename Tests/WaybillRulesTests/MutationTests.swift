import Foundation
import Testing
@testable import WaybillRules

/// Mutating a bundled-style flow produces an error on the mutated line.
@Suite struct MutationTests {
    struct Mutation: Sendable, CustomStringConvertible {
        var description: String
        var find: String
        var replace: String
    }

    static let mutations = [
        Mutation(description: "misspelt source field", find: "s => s.trackingNumber", replace: "s => s.trackingNumbr"),
        Mutation(description: "misspelt function", find: "join(map(group", replace: "jion(map(group"),
        Mutation(description: "misspelt source field in values",
                 find: "      name: name\n", replace: "      name: nam\n"),
        Mutation(description: "broken indentation", find: "    model: stock.picking\n    operation: update",
                 replace: "    model: stock.picking\n   operation: update"),
        Mutation(description: "unknown key", find: "    operation: update\n",
                 replace: "    operation: update\n    priority: high\n"),
        Mutation(description: "misspelt target field", find: "      carrier_tracking_ref:", replace: "      carrier_tracking_rf:"),
        Mutation(description: "misspelt model", find: "    model: stock.picking\n    operation", replace: "    model: stock.pickin\n    operation"),
        Mutation(description: "misspelt table", find: "    table: warehouses", replace: "    table: warehouse"),
    ]

    @Test(arguments: mutations)
    func mutationIsCaughtOnItsLine(_ mutation: Mutation) throws {
        let flows = ["\(FixturePaths.basic)/odoo-shipstation/shipments-to-odoo.yaml",
                     "\(FixturePaths.basic)/odoo-shipstation/products-to-shipstation.yaml"]
        let texts = try flows.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let index = try #require(texts.firstIndex { $0.contains(mutation.find) }, "mutation target not found")
        let original = texts[index]
        let mutated = original.replacingOccurrences(of: mutation.find, with: mutation.replace)
        let prefix = try #require(original.range(of: mutation.find)).lowerBound
        let firstLine = original[..<prefix].filter { $0 == "\n" }.count + 1
        let changedLines = Set(firstLine...(firstLine + mutation.replace.filter { $0 == "\n" }.count))
        var files = [(path: String, text: String)]()
        for path in try FileManager.default.subpathsOfDirectory(atPath: FixturePaths.basic).sorted()
        where path.hasSuffix(".yaml") && !path.hasSuffix(flows[index].split(separator: "/").last.map(String.init) ?? "") {
            files.append(("\(FixturePaths.basic)/\(path)", try String(contentsOfFile: "\(FixturePaths.basic)/\(path)", encoding: .utf8)))
        }
        files.append((flows[index], mutated))
        let result = RuleSet.load(texts: files)
        let errors = result.diagnostics.filter { $0.severity == .error && $0.file == flows[index] }
        #expect(errors.contains { changedLines.contains($0.line) },
                "\(mutation): \(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" })")
    }
}

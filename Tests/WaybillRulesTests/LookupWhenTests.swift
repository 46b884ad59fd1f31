import Foundation
import Testing
import WaybillRules

/// `when:` on lookups: compiled as a bool condition into the plan; a non-bool condition is an error.
@Suite struct LookupWhenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func flow(when condition: String) -> String {
        """
        flow: when-test
        trigger:
          poll: { system: odoo, model: product.product, every: 15m, domain: [[default_code, '!=', false]] }
        read:
          fields: [default_code, barcode, name]
        lookups:
          by_barcode:
            find: { system: shipbob, resource: product, where: [[barcode, '=', barcode]], fields: [id] }
            when: \(condition)
        steps:
          - name: link
            system: odoo
            model: product.product
            operation: update
            match: [[id, '=', id]]
            values:
              x_shipbob_product_id: by_barcode.id
        identity: "odoo:product:${id}"
        """
    }

    static func load(_ flow: String) throws -> RuleSet.Result {
        func text(_ path: String) throws -> (path: String, text: String) {
            (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
        return RuleSet.load(texts: [try text("rules/systems/odoo.yaml"), try text("rules/systems/shipbob.yaml"),
                                          ("pack/when.yaml", flow)])
    }

    @Test func aBoolConditionCompilesIntoThePlan() throws {
        let result = try Self.load(Self.flow(when: "barcode != null && name != ''"))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let flow = try #require(result.plan?.flow("when-test"))
        let lookup = try #require(flow.definition.lookups.first)
        #expect(lookup.when?.compiled != nil)
    }

    @Test func aNonBoolConditionIsAnError() throws {
        let result = try Self.load(Self.flow(when: "name"))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.file.hasSuffix("when.yaml") })
    }
}

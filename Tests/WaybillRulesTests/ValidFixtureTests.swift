import Foundation
import Testing
@testable import WaybillRules

/// The valid fixture set compiles to a plan with every expression compiled.
@Suite struct ValidFixtureTests {
    @Test func basicRulesHaveNoDiagnostics() throws {
        let result = RuleSet.loadResult(paths: [FixturePaths.basic])
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: result.sources).render(result.diagnostics))")
        let plan = try #require(result.plan)
        #expect(plan.flows.map(\.name) == ["products-to-shipstation", "shipments-to-odoo"])
        #expect(plan.systems.keys.sorted() == ["odoo", "shipstation"])
        #expect(plan.tables.keys.sorted() == ["carriers", "warehouses"])
        #expect(plan.connections?.tenants.map(\.name) == ["acme"])
    }

    @Test func everyExpressionIsCompiled() throws {
        let plan = try #require(RuleSet.load(paths: [FixturePaths.basic]).plan)
        let flow = try #require(plan.flow("shipments-to-odoo"))
        #expect(flow.source == .resource("shipment_batch"))
        #expect(flow.definition.read.filter?.compiled != nil)
        #expect(flow.definition.read.groupBy?.compiled != nil)
        #expect(flow.definition.identity?.compiled != nil)
        for step in flow.definition.steps {
            #expect(step.when?.compiled != nil)
            for value in step.values { #expect(value.value.compiled != nil, "\(value.field)") }
        }
    }

    @Test func csvTableIsTyped() throws {
        let plan = try #require(RuleSet.load(paths: [FixturePaths.basic]).plan)
        let carriers = try #require(plan.tables["carriers"])
        #expect(carriers.rows.count == 2)
        #expect(carriers.rows[1].key == .string("fedex,2day"))
        #expect(carriers.rows[1].cells["service"] == .string("2day"))
    }

    @Test func planTextMatchesGolden() throws {
        let plan = try #require(RuleSet.load(paths: [FixturePaths.basic]).plan)
        for name in ["shipments-to-odoo", "products-to-shipstation"] {
            let flow = try #require(plan.flow(name))
            let text = PlanPrinter.text(flow, in: plan) + "\n"
            let (expected, actual) = FixturePaths.golden("\(FixturePaths.valid)/plan-\(name).txt", text)
            #expect(actual == expected)
        }
    }

    @Test func planJSONIsValidJSON() throws {
        let plan = try #require(RuleSet.load(paths: [FixturePaths.basic]).plan)
        let flow = try #require(plan.flow("shipments-to-odoo"))
        let data = Data(PlanPrinter.json(flow, in: plan).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["flow"] as? String == "shipments-to-odoo")
        #expect(object["identity"] as? String != nil)
    }
}

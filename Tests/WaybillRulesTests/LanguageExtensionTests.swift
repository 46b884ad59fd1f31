import Foundation
import Testing
@testable import WaybillRules

/// The v1.1 extensions (report steps, call context, find_all, create.values, any_of auth,
/// channel_check, query field, flatten/commands) compile into the plan; misuse gives diagnostics.
@Suite struct LanguageExtensionTests {
    static var folder: String { FixturePaths.valid + "/extensions" }

    private func plan() throws -> Plan {
        let result = RuleSet.loadResult(paths: [Self.folder])
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: result.sources).render(result.diagnostics))")
        return try #require(result.plan)
    }

    @Test func fixtureCompilesWithoutDiagnostics() throws {
        let plan = try plan()
        #expect(plan.flows.map(\.name) == ["depot-shipped"])
    }

    @Test func reportStepIsInThePlan() throws {
        let flow = try #require(try plan().flow("depot-shipped"))
        let step = try #require(flow.definition.steps.first { $0.name == "unknown_picking" })
        #expect(step.operation == .report)
        let report = try #require(step.report)
        #expect(report.kind == "unknown_picking")
        #expect(report.severity == .error)
        #expect(report.metric == "waybill_findings")
        #expect(report.alertThreshold == 3)
        #expect(report.alertWindow == RuleDuration(milliseconds: 3_600_000))
        #expect(report.message.compiled != nil)
        #expect(step.when?.compiled != nil)
    }

    @Test func callContextAndFindAllAreInThePlan() throws {
        let flow = try #require(try plan().flow("depot-shipped"))
        let call = try #require(flow.definition.steps.first { $0.isFollowUpCall })
        #expect(call.context["skip_backorder"] == .bool(true))
        let moves = try #require(flow.definition.lookups.first { $0.name == "moves" })
        guard case .findAll(let find) = moves.kind else {
            Issue.record("moves is not a find_all lookup")
            return
        }
        #expect(find.fields == ["id", "product_uom_qty"])
        let partner = try #require(flow.definition.lookups.first { $0.name == "partner" })
        guard case .find(_, let create?) = partner.kind else {
            Issue.record("partner has no create values")
            return
        }
        #expect(create.map(\.field) == ["name", "email"])
        #expect(create.allSatisfy { $0.value.compiled != nil })
    }

    @Test func x2manyValuesCompile() throws {
        let flow = try #require(try plan().flow("depot-shipped"))
        let record = try #require(flow.definition.steps.first)
        #expect(record.values.count == 3)
        for value in record.values { #expect(value.value.compiled != nil, "\(value.field)") }
    }

    @Test func systemExtensionsAreInThePlan() throws {
        let plan = try plan()
        let depot = try #require(plan.systems["depot"])
        #expect(depot.auth?.choiceNames == ["pat", "oauth2"])
        #expect(depot.auth?.resolved(choice: nil)?.schemeName == "bearer")
        #expect(depot.auth?.resolved(choice: "oauth2")?.schemeName == "oauth2_refresh")
        #expect(depot.auth?.resolved(choice: "basic") == nil)
        #expect(depot.webhooks?.channelCheck?.body == "channel.id")
        #expect(depot.webhooks?.channelCheck?.equals.compiled != nil)
        let list = try #require(depot.resources["shipment"]?.operations["list"])
        #expect(list.query.first { $0.name == "Refs" }?.field == "reference")
        #expect(plan.connections?.tenants.first?.connections.first { $0.system == "depot" }?.auth == "oauth2")
    }

    @Test func planTextShowsTheExtensions() throws {
        let plan = try plan()
        let text = PlanPrinter.text(try #require(plan.flow("depot-shipped")), in: plan)
        for needle in ["find_all", "skip_backorder", "unknown_picking", "3 finding(s) within 1h", "waybill_findings"] {
            #expect(text.contains(needle), "plan text lacks \(needle)")
        }
    }

    /// Rewrites one line of the fixture and returns the diagnostics.
    private func mutated(_ file: String, _ original: String, _ replacement: String) throws -> [Diagnostic] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ext-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Self.folder, toPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(file).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        return RuleSet.loadResult(paths: [directory.path]).diagnostics
    }

    @Test(arguments: [
        ("pack/shipped.yaml", "severity: error", "severity: fatal", "severity"),
        ("pack/shipped.yaml", "      alert_threshold: 3\n", "", "alert_threshold"),
        ("pack/shipped.yaml", "      kind: unknown_picking\n", "", "kind"),
        ("pack/shipped.yaml", "message: \"shipment ${id}", "message: \"shipment ${idd}", "idd"),
        ("pack/shipped.yaml", "metric: waybill_findings", "metrik: waybill_findings", "metrik"),
        ("pack/shipped.yaml", "join(flatten([tracking, []]), ',')", "join(flatten(tracking), ',')", "flatten"),
        ("pack/shipped.yaml", "{op: 'update', id: m.id,", "{op: 'update', idd: m.id,", "idd"),
        ("pack/shipped.yaml", "create: { values: { name: reference, email: key } }", "create: { name: reference }", "name"),
        ("systems/depot.yaml", "  default: pat\n", "  default: patt\n", "default"),
        ("systems/depot.yaml", "channel_check: { body: channel.id,", "channel_check: { bodyy: channel.id,", "bodyy"),
        ("connections.yaml", "auth: oauth2", "auth: oauth3", "oauth3"),
    ])
    func misuseIsReported(file: String, original: String, replacement: String, mentions: String) throws {
        let diagnostics = try mutated(file, original, replacement)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "no error after \(original) → \(replacement)")
        #expect(errors.contains { $0.message.contains(mentions) && $0.file.hasSuffix(file) },
                "\(errors.map { "\($0.file):\($0.line): \($0.message)" })")
    }
}

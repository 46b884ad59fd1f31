import Foundation
import WaybillEngine
import WaybillSimulators

/// `waybill demo`: all five simulators in process, the real engine and webhook server with the
/// bundled rules, and a short scripted day through all four pairs. Progress goes to `output`
/// as it happens; the result says what moved where.
public struct DemoDay: Sendable {
    /// What the day did.
    public struct Outcome: Sendable {
        /// The rendered report (tables per pair, where to look, audit commands).
        public let report: String
        /// Whether every step succeeded and nothing was dead-lettered.
        public let succeeded: Bool
        /// The folder holding the demo's SQLite database (kept when asked).
        public let folder: URL
    }

    private let options: SandboxOptions

    /// A demo over the bundled rules (`rulesFolder` defaults as for ``SandboxOptions``).
    public init(rulesFolder: URL? = nil) {
        options = SandboxOptions(
            packs: ["odoo-shipstation", "odoo-shipbob", "odoo-woocommerce", "odoo-shopify"], tenant: "demo",
            odooVersion: .v19, rulesFolder: rulesFolder, excludedFlows: [], workers: 4)
    }

    /// Runs the day. With `keep`, the database stays on disk for `waybill audit --db …`.
    public func run(keep: Bool, output: @escaping @Sendable (String) -> Void) async throws -> Outcome {
        output("Starting five simulators (Odoo 19, ShipStation, ShipBob, WooCommerce, Shopify) and the engine…")
        let sandbox = try await Sandbox.start(options)
        for simulator in sandbox.simulators.all {
            output("  \(simulator.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(simulator.environment.baseURL)")
        }
        output("  webhooks     \(sandbox.daemonURL)/webhooks/demo/<system>")
        output("  rules        \(sandbox.plan.flows.count) flows compiled from \(options.rulesFolder.path)")
        var results: [DemoResult] = []
        var meter = DemoMeter.read(sandbox.simulators, since: DemoMeter.Reading())
        for step in DemoScript.steps {
            output("▸ \(step.pair): \(step.title)")
            let started = ContinuousClock.now
            var summary = RunSummary()
            var failure: String?
            do {
                summary = try await step.action(sandbox)
                if summary.deadLettered > 0 {
                    let dead = try await sandbox.deadLetters().filter { step.flows.contains($0.flow) }
                    failure = dead.first.map { "\($0.flow): \($0.lifecycle.lastError ?? "dead-lettered")" }
                        ?? "\(summary.deadLettered) job(s) dead-lettered"
                }
            } catch {
                failure = "\(error)"
            }
            let after = DemoMeter.read(sandbox.simulators, since: meter)
            let seconds = Double((ContinuousClock.now - started).components.attoseconds) / 1e18
                + Double((ContinuousClock.now - started).components.seconds)
            let result = DemoResult(step: step, writes: after.writes, errorsSurvived: failure == nil ? after.errors : 0,
                                    summary: summary, seconds: seconds, failure: failure)
            meter.lastSequence = after.lastSequence
            output("  " + DemoReport.line(result))
            results.append(result)
        }
        let report = DemoReport(results: results, database: sandbox.folder.appendingPathComponent("waybill.sqlite"),
                                kept: keep).render()
        await sandbox.stop(keepFolder: keep)
        return Outcome(report: report, succeeded: results.allSatisfy { $0.failure == nil }, folder: sandbox.folder)
    }
}

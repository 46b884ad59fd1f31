import ArgumentParser
import Foundation
import WaybillSandbox

/// `waybill demo`: all four pairs working against in-process simulators, in under a minute.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show all four pairs working: five simulators, the real engine, a scripted day.",
        discussion: """
            Starts the Odoo, ShipStation, ShipBob, WooCommerce and Shopify simulators in this \
            process, compiles the bundled rules with a connections file pointing at them, runs the \
            engine and its webhook server on a SQLite file in a temporary folder, and drives a short \
            day: products and stock pushed, orders arriving by webhook, shipments coming back, a \
            refund, an injected 429 burst and a 503 that are survived. Ends with a table per pair. \
            Exit status 0 when every step succeeded.
            """)

    @Option(name: .long, help: "Rules folder (default: ./rules, else the checkout's rules/).")
    var rules: String?

    @Flag(name: .long, help: "Keep the state database afterwards (for `waybill audit --db …`).")
    var keep = false

    func run() async throws {
        let day = DemoDay(rulesFolder: rules.map { URL(fileURLWithPath: $0) })
        let outcome = try await day.run(keep: keep) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        FileHandle.standardOutput.write(Data(outcome.report.utf8))
        if !outcome.succeeded { throw ExitCode(1) }
    }
}

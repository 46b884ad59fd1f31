import ArgumentParser
import Foundation
import WaybillSimulators

/// `waybill simulate SYSTEM`: run a faithful simulator of an external system.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a simulator of Odoo, ShipStation, ShipBob, WooCommerce or Shopify.",
        discussion: """
            Prints one JSON line per simulator before serving: \
            {"system", "base_url", "credentials", "webhook_secret"}. Runs until SIGTERM or SIGINT. \
            The control API of each simulator is under /_sim/ (see docs/simulators.md).
            """
    )

    @Argument(help: "The system to simulate, or `all`. Known: \(SimulatorCatalogue.names.joined(separator: ", ")).")
    var system: String?

    @Flag(help: "Print the names of the known simulators, one per line, and exit.")
    var list = false

    @Option(help: "Port to listen on (0 picks a free port; with `all`, consecutive ports from this one).")
    var port: Int = 0

    @Flag(help: "Output JSON (the info lines are always JSON; accepted for uniformity).")
    var json = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !list else { return }
        guard let system else { throw ValidationError("name a system to simulate, or `all`") }
        _ = try SimulatorLauncher.names(for: system)
    }

    func run() async throws {
        if list {
            FileHandle.standardOutput.write(Data(SimulatorCatalogue.names.map { $0 + "\n" }.joined().utf8))
            return
        }
        try await SimulatorLauncher.run(system: system ?? "all", port: port) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}

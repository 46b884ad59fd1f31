import ArgumentParser
import Foundation
import WaybillServer
import WaybillStore

/// `waybill status`: the queue per state, per flow and tenant, and dead letters per flow.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the job queue per state, flow and tenant, and dead letters per flow.")

    @OptionGroup var options: OperatorOptions

    func run() async throws {
        let report = try await StatusReport.load(from: try options.openStore())
        try options.emit(report, lines: report.lines)
    }
}

/// `--db` and `--json`, shared by the operator commands.
struct OperatorOptions: ParsableArguments {
    @Option(name: .long, help: "State database (default: $WAYBILL_DB or ./waybill.sqlite).")
    var db: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func openStore() throws -> SQLiteStateStore {
        try SQLiteStateStore(path: db ?? SQLiteStoreConfiguration.defaultPath())
    }

    /// Prints `value` as JSON with `--json`, else the lines.
    func emit(_ value: some Encodable, lines: [String]) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        } else {
            lines.forEach { print($0) }
        }
    }
}

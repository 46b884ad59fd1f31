import ArgumentParser
import Foundation
import WaybillEngine
import WaybillStore

/// `waybill replay (--id ID | --flow NAME | --all)`: dead letters back into the queue. They run
/// under the rules the daemon has loaded when it leases them (the current rule version).
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: "Re-enqueue dead letters (they run under the current rules).")

    @Option(name: .long, help: "One dead letter.")
    var id: Int64?

    @Option(name: .long, help: "Every dead letter of a flow.")
    var flow: String?

    @Flag(name: .long, help: "Every dead letter.")
    var all = false

    @OptionGroup var options: OperatorOptions

    func validate() throws {
        guard [id != nil, flow != nil, all].filter({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --id, --flow, --all")
        }
    }

    func run() async throws {
        let selection: ReplaySelection = if let id { .id(id) } else if let flow { .flow(flow) } else { .all }
        let engine = Engine(assignments: [], store: try options.openStore())
        let ids = try await engine.replay(selection, now: Date())
        try options.emit(["replayed": ids], lines: ["replayed \(ids.count) job(s)" + (ids.isEmpty ? "" : ": "
            + ids.map { "#\($0)" }.joined(separator: " "))])
    }
}

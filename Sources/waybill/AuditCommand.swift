import ArgumentParser
import Foundation
import WaybillServer
import WaybillStore

/// `waybill audit (--source ID | --target ID | --flow NAME) [--since …]`: a record's trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the audit trail of a source record, a target record or a flow.")

    @Option(name: .long, help: "Source record id or identity.")
    var source: String?

    @Option(name: .long, help: "Target record id.")
    var target: String?

    @Option(name: .long, help: "Flow name.")
    var flow: String?

    @Option(name: .long, help: "Only events since an ISO 8601 instant or a duration ago (e.g. 24h).")
    var since: String?

    @Option(name: .long, help: "At most this many events.")
    var limit = 1000

    @OptionGroup var options: OperatorOptions

    func validate() throws {
        guard source != nil || target != nil || flow != nil else {
            throw ValidationError("give --source, --target or --flow")
        }
        if let since, AuditView.since(since, now: Date()) == nil {
            throw ValidationError("--since: not an ISO 8601 instant or a duration: \(since)")
        }
    }

    func run() async throws {
        let query = AuditQuery(sourceID: source, targetID: target, flow: flow,
                               since: since.flatMap { AuditView.since($0, now: Date()) }, limit: limit)
        let events = try await options.openStore().auditEvents(query).map(AuditView.init)
        try options.emit(events, lines: events.isEmpty ? ["no events"] : events.map(\.line))
    }
}

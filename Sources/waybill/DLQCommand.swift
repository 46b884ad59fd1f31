import ArgumentParser
import Foundation
import WaybillServer
import WaybillStore

/// `waybill dlq list|show ID`: the dead-letter queue.
struct DLQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq", abstract: "List dead letters or show one with its audit trail.",
        subcommands: [List.self, Show.self])

    /// `waybill dlq list [--flow NAME]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List dead letters, newest first.")

        @Option(name: .long, help: "Only this flow.")
        var flow: String?

        @Option(name: .long, help: "At most this many.")
        var limit = 100

        @OptionGroup var options: OperatorOptions

        func run() async throws {
            let jobs = try await options.openStore().deadLetters(flow: flow, limit: limit).map(JobView.init)
            try options.emit(jobs, lines: jobs.isEmpty ? ["no dead letters"] : jobs.map(\.line))
        }
    }

    /// `waybill dlq show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job, its payload and its audit trail.")

        @Argument(help: "Job id.")
        var id: Int64

        @OptionGroup var options: OperatorOptions

        struct Detail: Encodable {
            var job: JobView
            var audit: [AuditView]
        }

        func run() async throws {
            let store = try options.openStore()
            guard let job = try await store.job(id) else { throw ValidationError("no job #\(id)") }
            let trail = try await store.auditEvents(AuditQuery(jobID: id)).map(AuditView.init)
            let view = JobView(job)
            try options.emit(Detail(job: view, audit: trail),
                             lines: [view.line, "payload: \(view.payload)"] + trail.map { "  " + $0.line })
        }
    }
}

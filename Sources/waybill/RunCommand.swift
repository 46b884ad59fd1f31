import ArgumentParser
import Dispatch
import Foundation
import WaybillEngine
import WaybillRules
import WaybillStore

/// `waybill run`: the daemon, or with `--once` a "sync now" that polls, drains and exits.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the flows: poll on schedule, process the queue, retry, dead-letter, audit.",
        discussion: """
            With --once, the selected poll triggers run once (all by default), the queue is drained \
            (waiting out retry backoffs; on a terminal a progress line shows done/waiting/retrying/dead \
            once a second), a summary is printed and the exit status is 0 only when no \
            job was dead-lettered. Without --once the daemon runs until SIGTERM or SIGINT, then \
            releases its leases and exits 0.
            """)

    @Option(name: .long, help: "Rules folder.")
    var rules = "rules"

    @Option(name: .long, help: "Connections file (tenants, base URLs, secret names).")
    var connections = "connections.yaml"

    @Option(name: .long, help: "State database (default: $WAYBILL_DB or ./waybill.sqlite).")
    var db: String?

    @Flag(name: .long, help: "Poll once, drain the queue and exit.")
    var once = false

    @Option(name: .long, help: "Only this flow's poll (repeatable).")
    var flow: [String] = []

    @Option(name: .long, help: "Only this connection (tenant) (repeatable).")
    var connection: [String] = []

    @Option(name: .long, help: "Concurrent jobs.")
    var workers = 8

    @Option(name: .long, help: "Master key file (default: $WAYBILL_MASTER_KEY, then $WAYBILL_MASTER_KEY_FILE).")
    var keyFile: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Option(name: .long, help: "Lease duration in seconds: a killed process's jobs are re-delivered after it (default 300).")
    var lease: Double = 300

    @Option(name: .long, help: "Port of the webhook/health/metrics server (daemon mode; default: $WAYBILL_LISTEN or 8080).")
    var port: Int?

    func run() async throws {
        let loaded = RuleSet.loadResult(paths: [rules, connections])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard let plan = loaded.plan, errors.isEmpty else {
            for diagnostic in errors.prefix(20) {
                let where_ = "\(diagnostic.location.file):\(diagnostic.location.line):\(diagnostic.location.column)"
                FileHandle.standardError.write(Data("\(where_): error: \(diagnostic.message)\n".utf8))
            }
            if loaded.plan == nil, errors.isEmpty {
                FileHandle.standardError.write(Data("error: the rules did not compile\n".utf8))
            }
            throw ExitCode(2)
        }
        guard let tenants = plan.connections else {
            throw ValidationError("no connections loaded from \(connections)")
        }
        let store = try SQLiteStateStore(path: db ?? SQLiteStoreConfiguration.defaultPath())
        let keyFile = self.keyFile
        let vault = Locked<SecretVault?>(nil)
        @Sendable func openVault() throws -> SecretVault {
            try vault.withLock { cached in
                if let cached { return cached }
                let opened = SecretVault(store: store, key: try MasterKey.load(keyFile: keyFile))
                cached = opened
                return opened
            }
        }
        let factory = ConnectorClientFactory(saveSecret: { name, value in
            try await openVault().set(name, to: Redacted(value))
        })
        let built = try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems,
                                             tables: plan.tables)
            .build(connections: tenants, factory: factory, secret: { name in
                try await openVault().value(named: name).reveal()
            })
        for skipped in built.skipped { FileHandle.standardError.write(Data("skipped \(skipped)\n".utf8)) }
        let selectedTenants = connection.isEmpty ? nil : Set(connection)
        let assignments = built.assignments.filter { selectedTenants?.contains($0.tenant.name) ?? true }
        let engine = Engine(assignments: assignments, store: store, configuration: EngineConfiguration(
            workers: workers, leaseDuration: .milliseconds(Int64(max(lease, 0.1) * 1000)),
            owner: "waybill-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"))
        let signals = SignalStopper(engine: engine)
        defer { signals.cancel() }
        if once {
            let progress = RunProgress(store: store)
            let summary: RunSummary
            do {
                summary = try await engine.runOnce(flows: flow.isEmpty ? nil : Set(flow), tenants: selectedTenants,
                                                   clock: ContinuousClock(), now: { Date() })
                progress.finish()
            } catch {
                progress.finish()
                throw error
            }
            RunReport(summary: summary).print(json: json)
            if summary.deadLettered > 0 { throw ExitCode(1) }
        } else {
            try await runDaemon(engine: engine, plan: plan, tenants: tenants, secret: { try await openVault().value(named: $0).reveal() })
        }
    }
}

/// Stops the engine on SIGTERM or SIGINT. (Dispatch sources are thread-safe; the array is immutable.)
final class SignalStopper: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(engine: Engine) {
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { engine.stop() }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}

/// A small lock for the command's lazily opened vault.
final class Locked<State>: @unchecked Sendable {
    private let lock = NSLock()
    private var state: State

    init(_ state: State) { self.state = state }

    func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}

/// The printed summary of `waybill run --once`.
struct RunReport {
    var summary: RunSummary

    func print(json: Bool) {
        let polls = summary.polls.map {
            ["flow": $0.flow, "tenant": $0.tenant, "read": $0.read, "enqueued": $0.enqueued,
             "already_seen": $0.alreadySeen] as [String: any Sendable]
        }
        if json {
            let object: [String: Any] = [
                "succeeded": summary.succeeded, "retried": summary.retried, "dead_lettered": summary.deadLettered,
                "polls": polls,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                Swift.print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        for poll in summary.polls {
            Swift.print("poll \(poll.tenant)/\(poll.flow): read \(poll.read), new \(poll.enqueued), "
                + "already processed \(poll.alreadySeen)")
        }
        Swift.print("jobs: \(summary.succeeded) succeeded, \(summary.retried) retries, "
            + "\(summary.deadLettered) dead-lettered")
    }
}

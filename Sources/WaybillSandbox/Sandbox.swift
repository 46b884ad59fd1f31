import Foundation
import Logging
import WaybillEngine
import WaybillRules
import WaybillServer
import WaybillSimulators
import WaybillStore

/// Everything `waybill run` does, in one process, against simulators instead of the real systems:
/// the simulators on loopback ports, a connections file pointing at them, the bundled rules
/// compiled, the engine on a SQLite file in a temporary folder, and the webhook server on a free
/// port. `waybill demo` and the end-to-end tests drive it step by step.
public final class Sandbox: Sendable {
    /// The options it was started with.
    public let options: SandboxOptions
    /// The simulators.
    public let simulators: SandboxSimulators
    /// The secrets the connections name.
    public let secrets: SandboxSecrets
    /// The compiled plan (rules + connections).
    public let plan: Plan
    /// The engine.
    public let engine: Engine
    /// The state store (a SQLite file in ``folder``).
    public let store: SQLiteStateStore
    /// Webhook intake (metrics, routes).
    public let intake: WebhookIntake
    /// The temporary folder holding the database and the connections file.
    public let folder: URL
    /// The webhook server's base URL (`http://127.0.0.1:PORT`).
    public let daemonURL: String
    /// The secret path token in the webhook URL of every system whose webhooks verify by one.
    public let pathToken: String
    private let servers: [SimulatorServer]
    private let daemon: DaemonServer

    private init(
        options: SandboxOptions, simulators: SandboxSimulators, secrets: SandboxSecrets, plan: Plan,
        engine: Engine, store: SQLiteStateStore, intake: WebhookIntake, folder: URL, pathToken: String,
        servers: [SimulatorServer], daemon: DaemonServer
    ) {
        self.options = options
        self.simulators = simulators
        self.secrets = secrets
        self.plan = plan
        self.engine = engine
        self.store = store
        self.intake = intake
        self.folder = folder
        self.pathToken = pathToken
        self.servers = servers
        self.daemon = daemon
        self.daemonURL = daemon.baseURL
    }

    /// Starts the simulators, compiles the rules with a connections file pointing at them, and
    /// starts the engine's webhook server. Stop it with ``stop()``.
    public static func start(_ options: SandboxOptions) async throws -> Sandbox {
        let rules = try SandboxRules.compile(rules: options.rulesFolder)
        let used = SandboxRules.systems(of: rules, packs: options.packs, excluded: options.excludedFlows)
        let simulators = try SandboxSimulators(options, systems: used)
        var servers: [SimulatorServer] = []
        do {
            for simulator in simulators.all {
                let server = SimulatorServer(simulator: simulator)
                try await server.start()
                servers.append(server)
            }
            let connections = SandboxConnections(options: options, plan: rules, simulators: simulators,
                                                 systems: used.union(simulators.odoo.systems))
            return try await assemble(options: options, connections: connections, servers: servers)
        } catch {
            for server in servers { await server.stop() }
            throw error
        }
    }

    private static func assemble(
        options: SandboxOptions, connections: SandboxConnections, servers: [SimulatorServer]
    ) async throws -> Sandbox {
        let simulators = connections.simulators
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secrets = SandboxSecrets()
        let pathToken = "pt" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let rendered = try connections.render(secrets: secrets, pathToken: pathToken)
        let connectionsFile = folder.appendingPathComponent("connections.yaml")
        try rendered.text.write(to: connectionsFile, atomically: true, encoding: .utf8)
        for (name, grant) in rendered.grants { secrets.set(name, try await SandboxOAuth.exchange(grant)) }
        let plan = try SandboxRules.compile(rules: options.rulesFolder, connections: connectionsFile)
        guard let tenants = plan.connections else { throw SandboxError("the connections file did not load") }
        try SandboxOdooSetup.createCustomFields(plan: plan, odoo: simulators.odoo)
        let factory = ConnectorClientFactory(
            saveSecret: { name, value in secrets.set(name, value) },
            now: { system in simulators.simulator(for: system)?.environment.clock.now() ?? Date() })
        let built = try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems,
                                             tables: plan.tables)
            .build(connections: tenants, factory: factory, secret: { secrets.value($0) })
        if let skipped = built.skipped.first { throw SandboxError("flow not runnable: \(skipped)") }
        let store = try SQLiteStateStore(path: folder.appendingPathComponent("waybill.sqlite").path)
        let engine = Engine(assignments: built.assignments, store: store, configuration: EngineConfiguration(
            workers: options.workers, retryPolicy: options.retryPolicy, owner: "sandbox", idleWait: .milliseconds(20)))
        let routes = try await WebhookRouteBuilder(systems: plan.systems, flows: plan.flows.map(\.definition))
            .build(connections: tenants, engine: engine, secret: { secrets.value($0) })
        if let skipped = routes.skipped.first { throw SandboxError("webhook route not built: \(skipped)") }
        let intake = WebhookIntake(routes: routes.routes, engine: engine, committer: GroupCommitter(store: store))
        let daemon = try await DaemonServer.start(routes: ServerRoutes(intake: intake))
        return Sandbox(options: options, simulators: simulators, secrets: secrets, plan: plan, engine: engine,
                       store: store, intake: intake, folder: folder, pathToken: pathToken, servers: servers,
                       daemon: daemon)
    }

    /// Stops the webhook server and the simulators, and removes the temporary folder unless
    /// `keepFolder` (the database then stays for `waybill audit --db …`).
    public func stop(keepFolder: Bool = false) async {
        engine.stop()
        await daemon.stop()
        for server in servers { await server.stop() }
        if !keepFolder { try? FileManager.default.removeItem(at: folder) }
    }
}

/// A sandbox that could not be assembled.
public struct SandboxError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    init(_ description: String) { self.description = description }
}

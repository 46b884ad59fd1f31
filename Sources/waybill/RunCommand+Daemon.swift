import ArgumentParser
import Foundation
import Logging
import WaybillEngine
import WaybillLogging
import WaybillRules
import WaybillServer
import WaybillStore

extension RunCommand {
    /// The daemon: engine and webhook/health/metrics server in one service group, listening on
    /// `$WAYBILL_LISTEN` (`host:port`, default `127.0.0.1:8080`; `--port` overrides the port). Returns after SIGTERM/SIGINT
    /// once intake stopped and the engine finished or released its jobs.
    func runDaemon(
        engine: Engine, plan: Plan, tenants: ConnectionsDefinition,
        secret: @escaping @Sendable (String) async throws -> String
    ) async throws {
        let (host, listenPort) = try Self.listenAddress(ProcessInfo.processInfo.environment["WAYBILL_LISTEN"])
        let port = self.port ?? listenPort
        let built = try await WebhookRouteBuilder(systems: plan.systems, flows: plan.flows.map(\.definition))
            .build(connections: tenants, engine: engine, secret: secret)
        for skipped in built.skipped { FileHandle.standardError.write(Data("webhooks: skipped \(skipped)\n".utf8)) }
        let intake = WebhookIntake(routes: built.routes, engine: engine, committer: GroupCommitter(store: engine.store))
        let logger = LazyLogHandler.logger(label: "waybill")
        logger.info("listening on \(host):\(port), \(built.routes.count) webhook route(s)")
        let checkpointer = try (engine.store as? SQLiteStateStore).map { try WALCheckpointer(store: $0) }
        try await Daemon(engine: engine, routes: ServerRoutes(intake: intake), host: host, port: port, logger: logger,
                         checkpointer: checkpointer)
            .run()
    }

    /// Parses `host:port`.
    static func listenAddress(_ text: String?) throws -> (String, Int) {
        guard let text, !text.isEmpty else { return ("127.0.0.1", 8080) }
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { throw ValidationError("WAYBILL_LISTEN must be host:port, got \(text)") }
        return (String(text[..<colon]), port)
    }
}

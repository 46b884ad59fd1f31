import Hummingbird
import Logging
import ServiceLifecycle
import WaybillEngine
import WaybillLogging
import WaybillStore

/// `waybill run` without `--once`: the engine and the HTTP server in one `ServiceGroup`.
/// SIGTERM/SIGINT stop intake first (the server stops accepting), then the engine finishes or
/// releases its jobs; `run()` returns normally (exit 0).
public struct Daemon: Sendable {
    /// The engine.
    public let engine: Engine
    /// The HTTP routes.
    public let routes: ServerRoutes
    /// Listen address.
    public let host: String
    /// Listen port.
    public let port: Int
    /// The daemon's logger.
    public let logger: Logger
    /// Checkpoints the SQLite WAL in the background while the daemon runs (keeps most checkpoint
    /// work out of the commits webhook answers wait for); `nil`: SQLite's automatic checkpoints only.
    public let checkpointer: WALCheckpointer?

    /// Creates a daemon.
    public init(engine: Engine, routes: ServerRoutes, host: String = "127.0.0.1", port: Int = 8080,
                logger: Logger = LazyLogHandler.logger(label: "waybill"), checkpointer: WALCheckpointer? = nil) {
        self.engine = engine
        self.routes = routes
        self.host = host
        self.port = port
        self.logger = logger
        self.checkpointer = checkpointer
    }

    /// The HTTP application (not started).
    public func application() -> some ApplicationProtocol {
        Application(responder: routes.responder(), configuration: .init(address: .hostname(host, port: port)),
                    logger: logger)
    }

    /// Runs until SIGTERM or SIGINT. Services shut down in reverse order: server, engine,
    /// checkpointer.
    public func run() async throws {
        let logger = self.logger
        let engineService = EngineService(engine: engine) { error in logger.error("\(error)") }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = []
        if let checkpointer { services.append(.init(service: CheckpointService(checkpointer: checkpointer))) }
        services += [.init(service: engineService), .init(service: application())]
        let group = ServiceGroup(configuration: .init(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

import Hummingbird
import Logging
import ServiceLifecycle
import WaybillEngine

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

    /// Creates a daemon.
    public init(engine: Engine, routes: ServerRoutes, host: String = "127.0.0.1", port: Int = 8080,
                logger: Logger = Logger(label: "waybill")) {
        self.engine = engine
        self.routes = routes
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// The HTTP application (not started).
    public func application() -> some ApplicationProtocol {
        Application(router: routes.router(), configuration: .init(address: .hostname(host, port: port)),
                    logger: logger)
    }

    /// Runs until SIGTERM or SIGINT. Services shut down in reverse order: server, then engine.
    public func run() async throws {
        let logger = self.logger
        let engineService = EngineService(engine: engine) { error in logger.error("\(error)") }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: engineService), .init(service: application())],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

import Foundation
import Hummingbird
import Logging
import WaybillLogging
import WaybillServer

/// The daemon's HTTP server (webhooks, health, metrics) on a free loopback port.
final class DaemonServer: Sendable {
    let baseURL: String
    private let task: Task<Void, any Error>

    private init(baseURL: String, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.task = task
    }

    /// Binds 127.0.0.1 on a free port and serves `routes` in the background.
    static func start(routes: ServerRoutes) async throws -> DaemonServer {
        let logger = LazyLogHandler.logger(label: "waybill.sandbox", level: .critical)
        let bound = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: routes.responder(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                bound.continuation.yield(channel.localAddress?.port ?? 0)
                bound.continuation.finish()
            },
            logger: logger)
        let running = Task {
            defer { bound.continuation.finish() }
            try await app.run()
        }
        var iterator = bound.stream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            running.cancel()
            _ = await running.result
            throw SandboxError("the webhook server could not bind a loopback port")
        }
        return DaemonServer(baseURL: "http://127.0.0.1:\(port)", task: running)
    }

    /// Stops serving and waits until the port is closed.
    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

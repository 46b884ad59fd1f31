import Foundation
import Hummingbird
import Logging
import NIOCore
import WaybillLogging

/// Serves one simulator over HTTP on loopback with Hummingbird. Start it, read `baseURL`, stop it.
public final class SimulatorServer: Sendable {
    /// The simulator served.
    public let simulator: any Simulator
    private let host: String
    private let port: Int
    private let task = Locked<Task<Void, any Error>?>(nil)

    /// A server for `simulator` on `host:port` (port 0 picks a free port).
    public init(simulator: any Simulator, host: String = "127.0.0.1", port: Int = 0) {
        self.simulator = simulator
        self.host = host
        self.port = port
    }

    /// The base URL, e.g. `http://127.0.0.1:53211` (valid after `start()`).
    public var baseURL: String { simulator.environment.baseURL }

    /// Binds the port, starts serving in the background and returns the base URL.
    @discardableResult
    public func start() async throws -> String {
        let logger = LazyLogHandler.logger(label: "waybill.simulator.\(simulator.name)", level: .critical)
        let bound = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: SimulatorResponder(pipeline: SimulatorPipeline(simulator: simulator)),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                bound.continuation.yield(channel.localAddress?.port ?? 0)
                bound.continuation.finish()
            },
            logger: logger
        )
        let running = Task {
            defer { bound.continuation.finish() }
            try await app.run()
        }
        task.withLock { $0 = running }
        var iterator = bound.stream.makeAsyncIterator()
        guard let actualPort = await iterator.next(), actualPort > 0 else {
            running.cancel()
            _ = await running.result
            if case .failure(let error) = await running.result { throw error }
            throw SimulatorServerError(message: "\(simulator.name) could not bind \(host):\(port)")
        }
        let url = "http://\(host):\(actualPort)"
        simulator.environment.baseURL = url
        return url
    }

    /// Stops serving gracefully (in-flight requests finish) and waits until the port is closed.
    public func stop() async {
        guard let running = task.withLock({ task -> Task<Void, any Error>? in
            defer { task = nil }
            return task
        }) else { return }
        running.cancel()
        _ = await running.result
    }
}

/// A simulator server that failed to start.
public struct SimulatorServerError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}

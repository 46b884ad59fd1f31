import Dispatch
import Foundation

/// What `waybill simulate` does: start simulators from the catalogue, announce them, serve until a signal.
public enum SimulatorLauncher {
    /// A launch that cannot start.
    public struct LaunchError: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The catalogue names `system` stands for (`all` → every simulator).
    public static func names(for system: String) throws -> [String] {
        if system == "all" { return SimulatorCatalogue.names }
        guard SimulatorCatalogue.names.contains(system) else {
            throw LaunchError(description: "unknown system \"\(system)\"; choose one of: all, \(SimulatorCatalogue.names.joined(separator: ", "))")
        }
        return [system]
    }

    /// Starts the simulators (port 0: free ports; otherwise `port`, `port+1`, …), passes each one's
    /// info line to `announce` as soon as it listens, and returns the running servers.
    public static func start(_ names: [String], port: Int, announce: (String) -> Void) async throws -> [SimulatorServer] {
        var servers: [SimulatorServer] = []
        for (index, name) in names.enumerated() {
            guard let simulator = SimulatorCatalogue.make(name) else { throw LaunchError(description: "unknown system \"\(name)\"") }
            let server = SimulatorServer(simulator: simulator, port: port == 0 ? 0 : port + index)
            do {
                try await server.start()
            } catch {
                for running in servers { await running.stop() }
                throw error
            }
            servers.append(server)
            announce(SimulatorInfo(simulator: simulator).line)
        }
        return servers
    }

    /// Starts `system` (or `all`), announces each, serves until SIGTERM or SIGINT, then stops gracefully.
    public static func run(system: String, port: Int, announce: (String) -> Void) async throws {
        let servers = try await start(try names(for: system), port: port, announce: announce)
        await waitForTermination()
        for server in servers { await server.stop() }
    }

    /// Suspends until the process receives SIGTERM or SIGINT.
    public static func waitForTermination() async {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        for await _ in stream { break }
        sources.forEach { $0.cancel() }
    }
}

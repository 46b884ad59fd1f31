import Foundation
import ServiceLifecycle
import WaybillEngine

/// The engine's scheduler and workers as a lifecycle service: on graceful shutdown the engine
/// stops leasing, in-flight jobs finish, held leases are released, then `run()` returns.
public struct EngineService: Service {
    /// The engine.
    public let engine: Engine
    /// Reports poll and round errors (the daemon logs them).
    public let onError: @Sendable (any Error) -> Void

    /// Creates the service.
    public init(engine: Engine, onError: @escaping @Sendable (any Error) -> Void = { _ in }) {
        self.engine = engine
        self.onError = onError
    }

    /// Runs until graceful shutdown (or cancellation).
    public func run() async throws {
        let engine = self.engine
        try await withGracefulShutdownHandler {
            try await engine.run(clock: ContinuousClock(), now: { Date() }, onError: onError)
        } onGracefulShutdown: {
            engine.stop()
        }
    }
}

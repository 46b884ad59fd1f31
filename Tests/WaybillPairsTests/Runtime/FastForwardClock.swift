import Foundation

/// Virtual time for draining a queue whose jobs wait for retry backoffs: each `sleep` of the engine's
/// idle loop moves ``now`` one second forward (after a real 2 ms pause), so a 16 s backoff takes
/// 16 idle rounds instead of 16 seconds. Rate-limit pauses inside the connectors stay real.
final class FastForward: @unchecked Sendable {
    private let lock = NSLock()
    private var offset: TimeInterval = 0

    /// The virtual wall-clock time.
    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return Date().addingTimeInterval(offset)
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        offset += seconds
        lock.unlock()
    }

    /// The clock to hand to `Engine.runOnce` / `drain`.
    var clock: Clock { Clock(state: self) }

    struct Clock: _Concurrency.Clock {
        typealias Duration = Swift.Duration
        typealias Instant = ContinuousClock.Instant
        let state: FastForward

        var now: Instant { ContinuousClock.now }
        var minimumResolution: Duration { .milliseconds(1) }

        func sleep(until deadline: Instant, tolerance: Duration?) async throws {
            state.advance(1)
            try await Task.sleep(for: .milliseconds(2))
        }
    }
}

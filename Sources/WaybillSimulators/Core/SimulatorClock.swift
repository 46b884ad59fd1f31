import Foundation

/// The time a simulator lives in: the wall clock, or a manual clock that tests and the control API
/// set and advance. Rate-limit windows, token expiry, timestamps and slow responses all read it.
public final class SimulatorClock: Sendable {
    private struct Sleeper {
        let id: UInt64
        let deadline: Date
        let continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var manualNow: Date?
        var sleepers: [Sleeper] = []
        var nextSleeperID: UInt64 = 0
    }

    private let state: Locked<State>

    /// A clock that follows the wall clock.
    public static func real() -> SimulatorClock { SimulatorClock(manualNow: nil) }

    /// A clock that stands still at `start` until it is set or advanced.
    public static func manual(at start: Date = Date(timeIntervalSince1970: 1_767_225_600)) -> SimulatorClock {
        SimulatorClock(manualNow: start)
    }

    private init(manualNow: Date?) {
        state = Locked(State(manualNow: manualNow))
    }

    /// The current simulated time.
    public func now() -> Date {
        state.withLock { $0.manualNow } ?? Date()
    }

    /// `true` while the clock is manual.
    public var isManual: Bool {
        state.withLock { $0.manualNow != nil }
    }

    /// Sets the clock (switching it to manual) and wakes the sleepers whose deadline has passed.
    public func set(_ date: Date) {
        let due = state.withLock { state -> [Sleeper] in
            state.manualNow = date
            return Self.takeDue(from: &state, at: date)
        }
        due.forEach { $0.continuation.resume() }
    }

    /// Moves the clock forward by `seconds` (switching a real clock to manual at the current time).
    public func advance(by seconds: TimeInterval) {
        set(now().addingTimeInterval(seconds))
    }

    /// Returns the clock to wall time; every pending sleeper wakes at once.
    public func useRealTime() {
        let all = state.withLock { state -> [Sleeper] in
            state.manualNow = nil
            defer { state.sleepers = [] }
            return state.sleepers
        }
        all.forEach { $0.continuation.resume() }
    }

    /// How many tasks are waiting in `sleep(seconds:)` on the manual clock.
    public var pendingSleepers: Int {
        state.withLock { $0.sleepers.count }
    }

    /// Waits `seconds` of simulated time: a real sleep on the wall clock; on the manual clock, until
    /// the clock is set or advanced past the deadline (or the task is cancelled).
    public func sleep(seconds: TimeInterval) async {
        guard seconds > 0 else { return }
        guard isManual else {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return
        }
        let id = state.withLock { state -> UInt64 in
            state.nextSleeperID += 1
            return state.nextSleeperID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    guard let now = state.manualNow, !Task.isCancelled else { return true }
                    let deadline = now.addingTimeInterval(seconds)
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let cancelled = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            cancelled?.continuation.resume()
        }
    }

    /// Suspends until at least `count` sleepers wait on the manual clock (for tests; no timing).
    public func waitForSleepers(_ count: Int) async {
        while pendingSleepers < count {
            await Task.yield()
        }
    }

    private static func takeDue(from state: inout State, at date: Date) -> [Sleeper] {
        let due = state.sleepers.filter { $0.deadline <= date }
        state.sleepers.removeAll { $0.deadline <= date }
        return due
    }
}

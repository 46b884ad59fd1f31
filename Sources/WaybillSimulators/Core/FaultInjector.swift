/// Decides which injected fault, if any, applies to each request. Deterministic for a given seed.
public final class FaultInjector: Sendable {
    private struct State {
        var rules: [FaultRule] = []
        var random: SeededRandom
    }

    private let state: Locked<State>

    /// An injector with no rules; `seed` drives fractional faults.
    public init(seed: UInt64 = 42) {
        state = Locked(State(random: SeededRandom(seed: seed)))
    }

    /// Adds a rule (rules are tried in the order they were added).
    public func add(_ rule: FaultRule) {
        state.withLock { $0.rules.append(rule) }
    }

    /// Removes every rule; with a `seed`, restarts the random sequence from it.
    public func clear(seed: UInt64? = nil) {
        state.withLock { state in
            state.rules = []
            if let seed { state.random = SeededRandom(seed: seed) }
        }
    }

    /// Restarts the random sequence from `seed`.
    public func reseed(_ seed: UInt64) {
        state.withLock { $0.random = SeededRandom(seed: seed) }
    }

    /// The active rules.
    public var rules: [FaultRule] {
        state.withLock { $0.rules }
    }

    /// The fault for a request, consuming one use of a counted rule.
    public func fault(method: String, path: String) -> FaultKind? {
        state.withLock { state in
            for index in state.rules.indices where state.rules[index].matches(method: method, path: path) {
                if let fraction = state.rules[index].fraction, state.random.unit() >= fraction { continue }
                if let remaining = state.rules[index].remaining { state.rules[index].remaining = remaining - 1 }
                let kind = state.rules[index].kind
                state.rules.removeAll { $0.remaining.map { $0 <= 0 } ?? false }
                return kind
            }
            return nil
        }
    }
}

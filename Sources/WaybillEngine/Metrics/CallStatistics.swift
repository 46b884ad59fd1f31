/// Counters of the calls the engine made, per tenant and system: what `/metrics` reports as
/// `waybill_calls_total`, `waybill_call_errors_total` and `waybill_rate_limited_total`.
/// Fed from every job's call trace (thread-safe).
public final class CallStatistics: Sendable {
    /// A tenant and system.
    public struct Key: Sendable, Hashable, Comparable {
        /// The tenant (connection set).
        public var tenant: String
        /// The system.
        public var system: String

        public static func < (a: Key, b: Key) -> Bool { (a.tenant, a.system) < (b.tenant, b.system) }
    }

    /// The counts of one key.
    public struct Counts: Sendable, Hashable {
        /// Calls made (each HTTP exchange, including failed ones).
        public var calls = 0
        /// Calls that got no answer or an error status (4xx/5xx).
        public var errors = 0
        /// Calls answered 429.
        public var rateLimited = 0
    }

    private let counts = Locked<[Key: Counts]>([:])

    /// Empty counters.
    public init() {}

    /// Counts the calls of one job.
    public func record(tenant: String, calls: [CallRecord]) {
        guard !calls.isEmpty else { return }
        counts.withLock { table in
            for call in calls {
                let key = Key(tenant: tenant, system: call.system)
                table[key, default: Counts()].calls += 1
                if (call.status ?? 0) >= 400 || call.status == nil { table[key, default: Counts()].errors += 1 }
                if call.status == 429 { table[key, default: Counts()].rateLimited += 1 }
            }
        }
    }

    /// Every key's counts, sorted by tenant and system.
    public func snapshot() -> [(key: Key, counts: Counts)] {
        counts.withLock { table in table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    }
}

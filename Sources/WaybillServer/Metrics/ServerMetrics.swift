/// Counters of the running process, rendered by `/metrics` with the store's job counts.
/// Thread-safe; every method is cheap enough for the intake hot path.
public final class ServerMetrics: Sendable {
    /// A labelled counter key.
    struct Key: Hashable, Comparable {
        var name: String
        var labels: [String: String]

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.name, lhs.labelText) < (rhs.name, rhs.labelText)
        }

        var labelText: String {
            labels.keys.sorted().map { "\($0)=\"\(PrometheusText.escape(labels[$0] ?? ""))\"" }
                .joined(separator: ",")
        }
    }

    private let counters = Guarded<[Key: Int]>([:])

    /// Creates empty counters.
    public init() {}

    /// Adds `amount` to the counter `name` with `labels`.
    public func increment(_ name: String, _ labels: [String: String] = [:], by amount: Int = 1) {
        counters.withLock { $0[Key(name: name, labels: labels), default: 0] += amount }
    }

    /// The current value of a counter (0 if never incremented).
    public func value(_ name: String, _ labels: [String: String] = [:]) -> Int {
        counters.withLock { $0[Key(name: name, labels: labels)] ?? 0 }
    }

    /// A webhook delivery accepted (jobs committed, or a duplicate of a committed delivery).
    public func webhookAccepted(tenant: String, system: String, duplicate: Bool) {
        increment("waybill_webhooks_accepted_total", ["tenant": tenant, "system": system])
        if duplicate { increment("waybill_webhooks_duplicate_total", ["tenant": tenant, "system": system]) }
    }

    /// A webhook delivery refused, with a short reason code.
    public func webhookRejected(tenant: String, system: String, reason: String) {
        increment("waybill_webhooks_rejected_total", ["tenant": tenant, "system": system, "reason": reason])
    }

    /// One call to a system, failed or not (feed from the connectors' call observer).
    public func call(system: String, failed: Bool) {
        increment("waybill_calls_total", ["system": system])
        if failed { increment("waybill_call_errors_total", ["system": system]) }
    }

    /// One wait on a system's rate budget.
    public func rateLimitWait(system: String) {
        increment("waybill_rate_limit_waits_total", ["system": system])
    }

    /// A snapshot of every counter, sorted by name and labels.
    func snapshot() -> [(Key, Int)] {
        counters.withLock { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    }
}

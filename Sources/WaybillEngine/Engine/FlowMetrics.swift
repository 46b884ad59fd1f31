import Foundation

/// Counters that flows raise themselves — the `metric:` of a `report:` step — labelled by flow,
/// tenant and kind. The engine owns one; the daemon renders it on `/metrics`.
public final class FlowMetrics: Sendable {
    /// One labelled counter.
    public struct Sample: Sendable, Hashable {
        /// Metric name, e.g. `waybill_reconciliation_findings`.
        public var name: String
        /// Labels (`flow`, `tenant`, `kind`).
        public var labels: [String: String]
        /// Current value.
        public var value: Int
    }

    private struct Key: Hashable {
        var name: String
        var labels: [String: String]
    }

    private let counters = Locked<[Key: Int]>([:])

    /// Empty counters.
    public init() {}

    /// Adds `amount` to `name` with `labels`.
    public func increment(_ name: String, _ labels: [String: String], by amount: Int = 1) {
        counters.withLock { $0[Key(name: name, labels: labels), default: 0] += amount }
    }

    /// The value of `name` with exactly `labels` (0 when never raised).
    public func value(_ name: String, _ labels: [String: String]) -> Int {
        counters.withLock { $0[Key(name: name, labels: labels)] ?? 0 }
    }

    /// Every counter, sorted by name then labels.
    public func snapshot() -> [Sample] {
        counters.withLock { counters in
            counters.map { Sample(name: $0.key.name, labels: $0.key.labels, value: $0.value) }
        }.sorted { ($0.name, Self.text($0.labels)) < ($1.name, Self.text($1.labels)) }
    }

    private static func text(_ labels: [String: String]) -> String {
        labels.keys.sorted().map { "\($0)=\(labels[$0] ?? "")" }.joined(separator: ",")
    }
}

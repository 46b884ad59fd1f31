import WaybillStore

/// `waybill status`: the queue per state, per flow and tenant, and dead letters per flow.
public struct StatusReport: Sendable, Codable, Hashable {
    /// One flow and tenant's queue.
    public struct Row: Sendable, Codable, Hashable {
        /// The flow.
        public var flow: String
        /// The tenant.
        public var tenant: String
        /// Job counts by state name.
        public var states: [String: Int]
    }

    /// Totals by state name (every state present, zero when empty).
    public var totals: [String: Int]
    /// Rows sorted by flow and tenant.
    public var flows: [Row]
    /// Dead letters per flow.
    public var deadLetters: [String: Int]

    /// Reads the report from the store.
    public static func load(from store: any StateStore) async throws -> StatusReport {
        var totals = Dictionary(uniqueKeysWithValues: JobState.allCases.map { ($0.rawValue, 0) })
        var rows: [String: Row] = [:]
        var dead: [String: Int] = [:]
        for count in try await store.jobCounts() {
            totals[count.state.rawValue, default: 0] += count.count
            let key = "\(count.flow)\u{1}\(count.connection)"
            rows[key, default: Row(flow: count.flow, tenant: count.connection, states: [:])]
                .states[count.state.rawValue, default: 0] += count.count
            if count.state == .dead { dead[count.flow, default: 0] += count.count }
        }
        let sorted = rows.values.sorted { ($0.flow, $0.tenant) < ($1.flow, $1.tenant) }
        return StatusReport(totals: totals, flows: sorted, deadLetters: dead)
    }

    /// Human-readable lines.
    public var lines: [String] {
        let order = JobState.allCases.map(\.rawValue)
        var lines = ["queue: " + order.map { "\($0) \(totals[$0] ?? 0)" }.joined(separator: ", ")]
        for row in flows {
            let states = order.compactMap { state in row.states[state].map { "\(state) \($0)" } }
            lines.append("  \(row.tenant)/\(row.flow): " + states.joined(separator: ", "))
        }
        if deadLetters.isEmpty {
            lines.append("dead letters: none")
        } else {
            lines.append("dead letters: " + deadLetters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", "))
        }
        return lines
    }
}

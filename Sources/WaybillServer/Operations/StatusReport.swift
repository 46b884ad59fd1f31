import Foundation
import WaybillStore

/// `waybill status`: the queue per state, per flow and tenant with its lag, every poll cursor with
/// its position, and dead letters per flow.
public struct StatusReport: Sendable, Codable, Hashable {
    /// One flow and tenant's queue.
    public struct Row: Sendable, Codable, Hashable {
        /// The flow.
        public var flow: String
        /// The tenant.
        public var tenant: String
        /// Job counts by state name.
        public var states: [String: Int]
        /// Age in seconds of the oldest job still waiting (pending, retrying or leased); `nil` when none waits.
        public var lagSeconds: Double?
    }

    /// One poll cursor.
    public struct Cursor: Sendable, Codable, Hashable {
        /// The flow.
        public var flow: String
        /// The tenant.
        public var tenant: String
        /// The polled model or resource.
        public var source: String
        /// The `write_date` (or other cursor field) of the last record read.
        public var writeDate: String
        /// The id of the last record read (the tie-breaker).
        public var recordID: Int64
        /// When the cursor last moved, ISO 8601 UTC.
        public var updatedAt: String
    }

    /// Totals by state name (every state present, zero when empty).
    public var totals: [String: Int]
    /// Rows sorted by flow and tenant.
    public var flows: [Row]
    /// Dead letters per flow.
    public var deadLetters: [String: Int]
    /// Poll cursors sorted by tenant, flow and source.
    public var cursors: [Cursor]
    /// Age in seconds of the oldest waiting job of any flow (0 when the queue is idle).
    public var lagSeconds: Double

    /// Reads the report from the store; lags are measured at `now`.
    public static func load(from store: any StateStore, now: Date = Date()) async throws -> StatusReport {
        var totals = Dictionary(uniqueKeysWithValues: JobState.allCases.map { ($0.rawValue, 0) })
        var rows: [String: Row] = [:]
        var dead: [String: Int] = [:]
        func key(_ flow: String, _ tenant: String) -> String { "\(flow)\u{1}\(tenant)" }
        for count in try await store.jobCounts() {
            totals[count.state.rawValue, default: 0] += count.count
            rows[key(count.flow, count.connection), default: Row(flow: count.flow, tenant: count.connection, states: [:])]
                .states[count.state.rawValue, default: 0] += count.count
            if count.state == .dead { dead[count.flow, default: 0] += count.count }
        }
        var lag = 0.0
        for waiting in try await store.oldestWaitingJobs() {
            let age = waiting.lag(now: now)
            rows[key(waiting.flow, waiting.connection)]?.lagSeconds = age
            lag = max(lag, age)
        }
        let formatter = ISO8601DateFormatter()
        let cursors = try await store.cursors().map { entry in
            Cursor(flow: entry.key.flow, tenant: entry.key.connection, source: entry.key.source,
                   writeDate: entry.position.writeDate, recordID: entry.position.recordID,
                   updatedAt: formatter.string(from: entry.updatedAt))
        }
        let sorted = rows.values.sorted { ($0.flow, $0.tenant) < ($1.flow, $1.tenant) }
        return StatusReport(totals: totals, flows: sorted, deadLetters: dead, cursors: cursors, lagSeconds: lag)
    }

    /// Human-readable lines.
    public var lines: [String] {
        let order = JobState.allCases.map(\.rawValue)
        var lines = ["queue: " + order.map { "\($0) \(totals[$0] ?? 0)" }.joined(separator: ", ")
            + ", lag \(Self.age(lagSeconds))"]
        for row in flows {
            let states = order.compactMap { state in row.states[state].map { "\(state) \($0)" } }
            let lag = row.lagSeconds.map { ", lag \(Self.age($0))" } ?? ""
            lines.append("  \(row.tenant)/\(row.flow): " + states.joined(separator: ", ") + lag)
        }
        if cursors.isEmpty {
            lines.append("cursors: none")
        } else {
            lines.append("cursors:")
            for cursor in cursors {
                lines.append("  \(cursor.tenant)/\(cursor.flow) \(cursor.source): (\(cursor.writeDate), \(cursor.recordID))"
                    + " moved \(cursor.updatedAt)")
            }
        }
        if deadLetters.isEmpty {
            lines.append("dead letters: none")
        } else {
            lines.append("dead letters: " + deadLetters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", "))
        }
        return lines
    }

    /// `0s`, `42s`, `3m 20s`, `2h 5m`.
    static func age(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        if total < 60 { return "\(total)s" }
        if total < 3_600 { return "\(total / 60)m \(total % 60)s" }
        return "\(total / 3_600)h \(total % 3_600 / 60)m"
    }
}

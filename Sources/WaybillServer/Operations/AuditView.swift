import Foundation
import WaybillRules
import WaybillStore

/// An audit event as operator commands print it.
public struct AuditView: Sendable, Codable, Hashable {
    /// Event id.
    public var id: Int64?
    /// Job id.
    public var job: Int64?
    /// Flow.
    public var flow: String
    /// Tenant.
    public var tenant: String
    /// Source id.
    public var source: String?
    /// Target id.
    public var target: String?
    /// Kind name.
    public var kind: String
    /// Detail JSON text.
    public var detail: String
    /// When (ISO 8601).
    public var at: String

    /// The view of an event.
    public init(_ event: AuditEvent) {
        id = event.id
        job = event.jobID
        flow = event.flow
        tenant = event.connection
        source = event.sourceID
        target = event.targetID
        kind = event.kind.rawValue
        detail = event.detail
        at = ISO8601.format(event.at)
    }

    /// One line.
    public var line: String {
        let job = self.job.map { " #\($0)" } ?? ""
        return "\(at) \(tenant)/\(flow)\(job) \(kind) \(source ?? "-") → \(target ?? "-") \(detail)"
    }

    /// Parses `--since`: an ISO 8601 instant, or a duration back from `now` such as `24h` or `30m`.
    public static func since(_ text: String, now: Date) -> Date? {
        if let duration = RuleDuration(parsing: text) {
            return now.addingTimeInterval(-Double(duration.milliseconds) / 1000)
        }
        return try? Date(text, strategy: .iso8601)
    }
}

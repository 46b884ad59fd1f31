import Foundation
import WaybillStore

/// A job as operator commands print it (payload as text, no secrets: payloads never hold any).
public struct JobView: Sendable, Codable, Hashable {
    /// Job id.
    public var id: Int64
    /// Flow.
    public var flow: String
    /// Tenant.
    public var tenant: String
    /// Idempotency identity.
    public var identity: String
    /// Source version.
    public var version: String
    /// State name.
    public var state: String
    /// Times replayed.
    public var replays: Int
    /// Created (ISO 8601).
    public var created: String
    /// Last change (ISO 8601).
    public var updated: String
    /// The payload as UTF-8 text.
    public var payload: String

    /// The view of a job.
    public init(_ job: Job) {
        id = job.id
        flow = job.flow
        tenant = job.connection
        identity = job.identity
        version = job.sourceVersion
        state = job.state.rawValue
        replays = job.replays
        created = ISO8601.format(job.createdAt)
        updated = ISO8601.format(job.updatedAt)
        payload = String(decoding: job.payload, as: UTF8.self)
    }

    /// One line: `#id tenant/flow identity (state, replays n)`.
    public var line: String { "#\(id) \(tenant)/\(flow) \(identity) (\(state), updated \(updated), replays \(replays))" }
}

/// ISO 8601 text of instants, UTC, with fractional seconds.
public enum ISO8601 {
    /// Formats an instant.
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

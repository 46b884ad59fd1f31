import Foundation

/// A unit of work to enqueue: one source record (or group) for one flow of one connection.
/// Deduplicated on (connection, flow, identity, source version).
public struct NewJob: Sendable, Hashable {
    /// The flow that will run it.
    public var flow: String
    /// The connection (tenant, account) it belongs to.
    public var connection: String
    /// The idempotency key of the unit of work, e.g. `woocommerce:order:123`.
    public var identity: String
    /// The source record's version (e.g. its `write_date` or `updated_at`).
    public var sourceVersion: String
    /// The source payload, as JSON bytes.
    public var payload: Data
    /// Earliest run time; `nil` means as soon as possible.
    public var runAt: Date?

    /// Creates a job description.
    public init(
        flow: String, connection: String, identity: String, sourceVersion: String,
        payload: Data, runAt: Date? = nil
    ) {
        self.flow = flow
        self.connection = connection
        self.identity = identity
        self.sourceVersion = sourceVersion
        self.payload = payload
        self.runAt = runAt
    }
}

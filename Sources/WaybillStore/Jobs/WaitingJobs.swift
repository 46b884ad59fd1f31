import Foundation

/// The jobs of one flow and connection still waiting to finish (pending, retrying or leased):
/// how many, and when the oldest was queued. `now - oldestQueuedAt` is the flow's queue lag.
public struct WaitingJobs: Sendable, Hashable {
    /// The flow.
    public var flow: String
    /// The connection.
    public var connection: String
    /// Pending, retrying and leased jobs.
    public var count: Int
    /// When the oldest of them was queued.
    public var oldestQueuedAt: Date

    /// Creates a row.
    public init(flow: String, connection: String, count: Int, oldestQueuedAt: Date) {
        self.flow = flow
        self.connection = connection
        self.count = count
        self.oldestQueuedAt = oldestQueuedAt
    }

    /// Seconds between the oldest job's queueing and `now` (never negative).
    public func lag(now: Date) -> Double { max(0, now.timeIntervalSince(oldestQueuedAt)) }
}

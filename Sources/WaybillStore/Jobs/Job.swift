import Foundation

/// The store's row id of a job.
public typealias JobID = Int64

/// A stored job: what was enqueued, plus where it stands in its life.
public struct Job: Sendable, Hashable, Identifiable {
    /// The row id.
    public var id: JobID
    /// The flow, connection, identity, version and payload as enqueued.
    public var spec: NewJob
    /// State, attempts, schedule, lease and last error.
    public var lifecycle: JobLifecycle
    /// How many times the job was replayed out of the dead-letter queue.
    public var replays: Int
    /// When it was enqueued.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// Creates a job value (the store builds these from rows).
    public init(id: JobID, spec: NewJob, lifecycle: JobLifecycle, replays: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.spec = spec
        self.lifecycle = lifecycle
        self.replays = replays
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The flow that runs it.
    public var flow: String { spec.flow }
    /// Its connection.
    public var connection: String { spec.connection }
    /// Its idempotency key.
    public var identity: String { spec.identity }
    /// Its source version.
    public var sourceVersion: String { spec.sourceVersion }
    /// Its JSON payload.
    public var payload: Data { spec.payload }
    /// Its state.
    public var state: JobState { lifecycle.state }
}

import Foundation

/// Everything Waybill keeps durably: the job queue, cursors, bindings, webhook deliveries, audit
/// events, dead letters and sealed secrets. Every method returns after its transaction committed.
/// Times are passed in (`now`), so callers and tests control the clock.
public protocol StateStore: Sendable {
    // MARK: Jobs

    /// Commits all requests in ONE transaction: webhook deliveries are recorded (a repeated
    /// delivery writes nothing of its request), jobs are inserted with dedupe, cursors advanced.
    func submit(_ requests: [EnqueueRequest], now: Date) async throws -> [EnqueueOutcome]

    /// Atomically leases up to `limit` due jobs (pending or retrying whose time has come, or leased
    /// whose lease expired), oldest due first. No job is ever handed to two live leases.
    func lease(limit: Int, owner: String, now: Date, duration: Duration) async throws -> [Job]

    /// Marks a leased job succeeded and appends `audit` in the same transaction. Throws if `owner`
    /// no longer holds the lease (then nothing is written).
    func complete(_ id: JobID, owner: String, now: Date, audit: [AuditEvent]) async throws

    /// Marks several leased jobs succeeded in one transaction; returns the ids completed (a job
    /// whose lease `owner` lost is left out and untouched). The `audit` events of the completed
    /// jobs (by ``AuditEvent/jobID``) are appended in the same transaction; the others' are dropped.
    func complete(_ ids: [JobID], owner: String, now: Date, audit: [AuditEvent]) async throws -> [JobID]

    /// Records a failed attempt: schedules a retry per `policy`, or dead-letters the job, and
    /// appends the events `audit` returns for that action in the same transaction.
    /// Returns ``JobAction/retry(at:attempt:)`` or ``JobAction/deadLetter``.
    func fail(_ id: JobID, owner: String, failure: JobFailure, policy: RetryPolicy, now: Date,
              audit: @escaping @Sendable (JobAction) -> [AuditEvent]) async throws -> JobAction

    /// Gives leased jobs back to the queue without using an attempt (graceful shutdown).
    /// `ids == nil` releases every job `owner` holds. Returns how many were released.
    func release(_ ids: [JobID]?, owner: String, now: Date) async throws -> Int

    /// One job, or `nil`.
    func job(_ id: JobID) async throws -> Job?

    /// Job counts by flow, connection and state.
    func jobCounts() async throws -> [JobCount]

    /// Per flow and connection, when the oldest job still waiting (pending, retrying or leased)
    /// was queued: the queue lag is `now` minus it. Flows with no such job are absent.
    func oldestWaitingJobs() async throws -> [WaitingJobs]

    // MARK: Dead letters

    /// Dead letters, newest first, optionally of one flow.
    func deadLetters(flow: String?, limit: Int) async throws -> [Job]

    /// Puts the selected dead letters back in the queue; returns their ids.
    func replay(_ selection: ReplaySelection, now: Date) async throws -> [JobID]

    // MARK: Cursors

    /// The cursor's high-water mark, or `nil` before the first poll.
    func cursor(_ key: CursorKey) async throws -> CursorPosition?

    /// Every cursor with its position, sorted by connection, flow and source.
    func cursors() async throws -> [CursorEntry]

    /// The records not yet processed at their version within the lookback window.
    func unseen(_ records: [SeenRecord], in key: CursorKey) async throws -> [SeenRecord]

    // MARK: Bindings

    /// The binding of a source identity.
    func binding(_ key: BindingKey) async throws -> Binding?

    /// The bindings pointing at a target record of a connection.
    func bindings(connection: String, targetID: String) async throws -> [Binding]

    /// Inserts or replaces a binding.
    func saveBinding(_ binding: Binding) async throws

    // MARK: Audit

    /// Appends events in one transaction.
    func appendAudit(_ events: [AuditEvent]) async throws

    /// Events matching the query, oldest first.
    func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent]

    // MARK: Retention

    /// Deletes old history per `retention` in one transaction.
    func prune(_ retention: Retention) async throws -> PruneReport

    // MARK: Sealed secrets (encrypted by ``SecretVault``; the store never sees plaintext)

    /// Stores a sealed secret; returns after the commit.
    func saveSealedSecret(_ secret: SealedSecret) async throws

    /// A sealed secret by name.
    func sealedSecret(named name: String) async throws -> SealedSecret?

    /// Names and metadata of all secrets, never their values.
    func secretInfos() async throws -> [SecretInfo]

    /// Deletes a secret; returns whether it existed.
    func removeSecret(named name: String) async throws -> Bool
}

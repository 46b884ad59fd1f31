import WaybillStore

/// How the engine runs its workers.
public struct EngineConfiguration: Sendable {
    /// Jobs run at the same time (jobs of one identity always run one after another).
    public var workers: Int
    /// Jobs leased per round.
    public var leaseBatch: Int
    /// How long a lease lasts; a crashed worker's jobs are re-delivered after it.
    public var leaseDuration: Duration
    /// Backoff with jitter, then dead letter.
    public var retryPolicy: RetryPolicy
    /// The lease owner name (unique per process).
    public var owner: String
    /// How long an idle worker loop waits before looking for due jobs again.
    public var idleWait: Duration
    /// After ``Engine/stop()``, how long jobs already running may take to finish; then they are
    /// interrupted (a wait for a rate budget or a call in flight is cancelled) and their leases
    /// released without counting an attempt: the next run repeats them, and idempotency absorbs
    /// whatever the interrupted attempt had already written.
    public var shutdownGrace: Duration = .seconds(10)

    /// Creates a configuration.
    public init(
        workers: Int = 8, leaseBatch: Int = 64, leaseDuration: Duration = .seconds(300),
        retryPolicy: RetryPolicy = .default, owner: String = "waybill", idleWait: Duration = .milliseconds(200)
    ) {
        self.workers = max(1, workers)
        self.leaseBatch = max(1, leaseBatch)
        self.leaseDuration = leaseDuration
        self.retryPolicy = retryPolicy
        self.owner = owner
        self.idleWait = idleWait
    }
}

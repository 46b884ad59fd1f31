import Foundation

/// The pure state machine of one job: state, attempts, schedule and lease, with `mutating`
/// transitions that return the ``JobAction`` the caller must carry out. No I/O: the SQLite store
/// loads a lifecycle, applies a transition and writes the result back in one transaction.
public struct JobLifecycle: Sendable, Hashable {
    /// The current state.
    public private(set) var state: JobState
    /// Attempts started so far (a lease starts one; a release gives it back).
    public private(set) var attempts: Int
    /// When the job may next be leased (meaningful while pending or retrying).
    public private(set) var nextRunAt: Date
    /// The current lease, while leased.
    public private(set) var lease: JobLease?
    /// The error of the last failed attempt.
    public private(set) var lastError: String?

    /// A new job, due at `runAt`.
    public init(runAt: Date) {
        self.init(state: .pending, attempts: 0, nextRunAt: runAt, lease: nil, lastError: nil)
    }

    /// Rebuilds a lifecycle from stored fields.
    public init(state: JobState, attempts: Int, nextRunAt: Date, lease: JobLease?, lastError: String?) {
        self.state = state
        self.attempts = attempts
        self.nextRunAt = nextRunAt
        self.lease = state == .leased ? lease : nil
        self.lastError = lastError
    }

    /// When a worker may take the job: `nextRunAt` while waiting, the lease expiry while leased,
    /// `nil` once finished. The store indexes this single column to find due work.
    public var dueAt: Date? {
        switch state {
        case .pending, .retrying: nextRunAt
        case .leased: lease?.expiresAt
        case .succeeded, .dead: nil
        }
    }

    /// Takes the job for `owner` if it is due, or if its previous lease has expired.
    public mutating func lease(owner: String, now: Date, duration: Duration) -> JobAction {
        let redelivery: Bool
        switch state {
        case .pending, .retrying:
            guard nextRunAt <= now else { return .wait(until: nextRunAt) }
            redelivery = false
        case .leased:
            let expiry = lease?.expiresAt ?? now
            guard expiry <= now else { return .wait(until: expiry) }
            redelivery = true
        case .succeeded, .dead:
            return .rejected(.invalidState(state))
        }
        let granted = JobLease(owner: owner, expiresAt: now.adding(duration))
        state = .leased
        lease = granted
        attempts += 1
        return .run(granted, redelivery: redelivery)
    }

    /// Marks the job done. Only the lease holder may complete it.
    public mutating func complete(owner: String) -> JobAction {
        if let refusal = checkOwner(owner) { return .rejected(refusal) }
        state = .succeeded
        lease = nil
        lastError = nil
        return .completed
    }

    /// Records a failed attempt: schedules a retry (backoff with jitter, at least the server's
    /// delay) or dead-letters the job when the failure is permanent or attempts are used up.
    public mutating func fail(
        owner: String,
        failure: JobFailure,
        policy: RetryPolicy,
        now: Date,
        using random: inout some RandomNumberGenerator
    ) -> JobAction {
        if let refusal = checkOwner(owner) { return .rejected(refusal) }
        lease = nil
        lastError = failure.message
        guard case .transient(let retryAfter) = failure.kind,
            let delay = policy.delay(afterAttempt: attempts, retryAfter: retryAfter, using: &random)
        else {
            state = .dead
            return .deadLetter
        }
        state = .retrying
        nextRunAt = now.adding(delay)
        return .retry(at: nextRunAt, attempt: attempts)
    }

    /// Gives the job back without using up an attempt (graceful shutdown).
    public mutating func release(owner: String, now: Date) -> JobAction {
        if let refusal = checkOwner(owner) { return .rejected(refusal) }
        state = .pending
        lease = nil
        attempts = max(0, attempts - 1)
        nextRunAt = min(nextRunAt, now)
        return .released
    }

    /// Puts a dead letter back in the queue with a fresh set of attempts.
    public mutating func replay(now: Date) -> JobAction {
        guard state == .dead else { return .rejected(.invalidState(state)) }
        state = .pending
        attempts = 0
        nextRunAt = now
        return .replayed
    }

    private func checkOwner(_ owner: String) -> JobTransitionError? {
        guard state == .leased else { return .invalidState(state) }
        guard lease?.owner == owner else { return .notLeaseOwner }
        return nil
    }
}

import Foundation

/// The request budget of one system account, shared by every flow and worker.
///
/// ``acquire()`` suspends until a request may go out; ``observe(status:headers:now:)``
/// adapts the budget from what the server reports. A window policy keeps a log of the
/// grants of the last window, so no span of `window` ever sees more than `limit` requests,
/// and a waiting caller is released the moment the oldest grant leaves the window — the
/// allowed rate is used fully when there is backlog. A leaky bucket drains continuously.
/// A 429 pauses every caller until the server's `Retry-After`.
///
/// Generic over a `Clock` so tests drive time by hand.
public actor RateBudget<C: Clock> where C.Duration == Duration {
    /// Counters for metrics.
    public struct Statistics: Sendable, Hashable {
        /// Requests let through.
        public var granted = 0
        /// Acquisitions that had to wait at least once.
        public var waited = 0
        /// 429 responses observed.
        public var rateLimited = 0
    }

    let descriptor: RateLimitDescriptor
    let clock: C
    var windowLimit: Int?
    var window: Duration = .zero
    var grants: [C.Instant] = []
    var bucketCapacity: Double = 0
    var leakPerSecond: Double = 0
    var bucketLevel: Double = 0
    var lastLeak: C.Instant
    var serverRemaining: Int?
    var serverResetAt: C.Instant?
    var pausedUntil: C.Instant?
    /// Requests granted whose answer has not been observed yet (sent, not counted by the
    /// server's `used/limit` header of an earlier answer).
    var inFlight = 0
    /// Counters since creation.
    public internal(set) var statistics = Statistics()

    /// A budget for one account.
    public init(_ descriptor: RateLimitDescriptor, clock: C) {
        self.descriptor = descriptor
        self.clock = clock
        lastLeak = clock.now
        switch descriptor.policy {
        case .unlimited: break
        case .window(let limit, let window):
            windowLimit = max(limit, 1)
            self.window = window + descriptor.windowMargin
        case .leakyBucket(let capacity, let leak):
            bucketCapacity = Double(max(capacity, 1))
            leakPerSecond = max(leak, 0.001)
        }
    }

    /// Suspends until one request may be sent, then counts it. Throws `CancellationError`
    /// when the calling task is cancelled while waiting.
    public func acquire() async throws {
        var hasWaited = false
        while true {
            try Task.checkCancellation()
            let now = clock.now
            guard let deadline = nextAvailable(at: now) else {
                record(at: now)
                if hasWaited { statistics.waited += 1 }
                return
            }
            hasWaited = true
            try await clock.sleep(until: deadline, tolerance: nil)
        }
    }

    /// Forgets a granted request that got no answer (transport error, authorisation failure).
    public func abandon() {
        inFlight = max(0, inFlight - 1)
    }

    /// How long a request would wait if it asked now (`nil`: it would go at once).
    public func currentWait() -> Duration? {
        let now = clock.now
        return nextAvailable(at: now).map { now.duration(to: $0) }
    }
}

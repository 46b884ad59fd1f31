/// How one system account limits requests, and which response headers report it.
///
/// Built by the engine from the system file; nothing here is specific to one system.
public struct RateLimitDescriptor: Sendable, Hashable {
    /// The shape of the limit.
    public enum Policy: Sendable, Hashable {
        /// No known limit (only adaptive: headers and 429s still pause).
        case unlimited
        /// At most `limit` requests in any span of `window` (e.g. 40 per minute).
        case window(limit: Int, window: Duration)
        /// A leaky bucket holding `capacity` requests, draining `leakPerSecond` each second
        /// (e.g. 40 and 2 per second).
        case leakyBucket(capacity: Int, leakPerSecond: Double)
    }

    /// The limit.
    public var policy: Policy
    /// Header reporting the limit per window (e.g. `X-Rate-Limit-Limit`).
    public var limitHeader: String?
    /// Header reporting the requests left (e.g. `X-Rate-Limit-Remaining`, `x-remaining-calls`).
    public var remainingHeader: String?
    /// Header reporting the seconds until the window resets (e.g. `X-Rate-Limit-Reset`).
    public var resetHeader: String?
    /// Header reporting `used/limit` of a leaky bucket (e.g. `X-Shopify-Shop-Api-Call-Limit`).
    public var usedOverLimitHeader: String?
    /// How a 429's wait is read.
    public var retryAfter: RetryAfterParser
    /// Pause after a 429 that names no wait.
    public var defaultPauseAfter429: Duration
    /// Extra time added to a window policy's window, absorbing network jitter between our
    /// grant and the server's count (e.g. 1 s on 60 s keeps 98% of the rate). Default zero.
    public var windowMargin: Duration

    /// A descriptor; header names are optional.
    public init(
        policy: Policy, limitHeader: String? = nil, remainingHeader: String? = nil, resetHeader: String? = nil,
        usedOverLimitHeader: String? = nil, retryAfter: RetryAfterParser = RetryAfterParser(),
        defaultPauseAfter429: Duration = .seconds(1), windowMargin: Duration = .zero
    ) {
        self.policy = policy
        self.limitHeader = limitHeader
        self.remainingHeader = remainingHeader
        self.resetHeader = resetHeader
        self.usedOverLimitHeader = usedOverLimitHeader
        self.retryAfter = retryAfter
        self.defaultPauseAfter429 = defaultPauseAfter429
        self.windowMargin = windowMargin
    }
}

import Foundation

/// A fixed window of `limit` requests per `window` seconds, opened by the first request
/// (ShipStation V1: 40 per minute, `X-Rate-Limit-Reset` = seconds until the next window).
public struct FixedWindowLimiter: Sendable {
    /// Requests allowed per window.
    public let limit: Int
    /// Window length in seconds.
    public let window: TimeInterval
    private var windowStart: Date?
    private var used = 0

    /// A limiter of `limit` requests per `window` seconds.
    public init(limit: Int, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Counts one request at `now`.
    public mutating func take(now: Date) -> RateDecision {
        if let start = windowStart, now.timeIntervalSince(start) >= window || now < start {
            windowStart = nil
        }
        let start = windowStart ?? now
        if windowStart == nil {
            windowStart = now
            used = 0
        }
        let reset = max(0, start.addingTimeInterval(window).timeIntervalSince(now))
        guard used < limit else {
            return RateDecision(allowed: false, remaining: 0, retryAfter: reset, limit: limit, used: used)
        }
        used += 1
        return RateDecision(allowed: true, remaining: limit - used, retryAfter: reset, limit: limit, used: used)
    }
}

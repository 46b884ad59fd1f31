import Foundation

/// A sliding window: at most `limit` requests in any `window` seconds (ShipBob: 150 per minute).
public struct SlidingWindowLimiter: Sendable {
    /// Requests allowed in any window.
    public let limit: Int
    /// Window length in seconds.
    public let window: TimeInterval
    private var stamps: [Date] = []

    /// A limiter of `limit` requests per sliding `window` seconds.
    public init(limit: Int, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Counts one request at `now`.
    public mutating func take(now: Date) -> RateDecision {
        stamps.removeAll { now.timeIntervalSince($0) >= window || $0 > now }
        guard stamps.count < limit else {
            let oldest = stamps.first ?? now
            let wait = max(0, oldest.addingTimeInterval(window).timeIntervalSince(now))
            return RateDecision(allowed: false, remaining: 0, retryAfter: wait, limit: limit, used: stamps.count)
        }
        stamps.append(now)
        let oldest = stamps.first ?? now
        let reset = max(0, oldest.addingTimeInterval(window).timeIntervalSince(now))
        return RateDecision(allowed: true, remaining: limit - stamps.count, retryAfter: reset, limit: limit, used: stamps.count)
    }
}

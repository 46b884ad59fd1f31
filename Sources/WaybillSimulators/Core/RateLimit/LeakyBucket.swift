import Foundation

/// A leaky bucket of `capacity` requests draining `leakPerSecond` (Shopify REST: 40, 2 per second).
public struct LeakyBucket: Sendable {
    /// Bucket size.
    public let capacity: Int
    /// Requests drained per second.
    public let leakPerSecond: Double
    private var level: Double = 0
    private var updated: Date?

    /// A bucket of `capacity` draining `leakPerSecond`.
    public init(capacity: Int, leakPerSecond: Double) {
        self.capacity = capacity
        self.leakPerSecond = leakPerSecond
    }

    /// Counts one request at `now`.
    public mutating func take(now: Date) -> RateDecision {
        if let updated {
            let elapsed = max(0, now.timeIntervalSince(updated))
            level = max(0, level - elapsed * leakPerSecond)
        }
        updated = now
        if level + 1 > Double(capacity) + 1e-9 {
            let wait = (level + 1 - Double(capacity)) / leakPerSecond
            return RateDecision(allowed: false, remaining: 0, retryAfter: wait, limit: capacity, used: Int(level.rounded(.up)))
        }
        level += 1
        let used = Int(level.rounded(.up))
        return RateDecision(allowed: true, remaining: capacity - used, retryAfter: 0, limit: capacity, used: used)
    }
}

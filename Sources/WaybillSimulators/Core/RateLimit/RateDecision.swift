import Foundation

/// The outcome of asking a rate limiter for one request.
public struct RateDecision: Sendable, Equatable {
    /// `true` when the request may proceed.
    public var allowed: Bool
    /// Requests left in the current window or bucket after this one.
    public var remaining: Int
    /// Seconds until the window resets (fixed window) or until a retry may succeed.
    public var retryAfter: Double
    /// The limit (window size or bucket capacity).
    public var limit: Int
    /// Bucket fill after this request (leaky bucket only; otherwise used requests).
    public var used: Int

    /// Creates a decision.
    public init(allowed: Bool, remaining: Int, retryAfter: Double, limit: Int, used: Int) {
        self.allowed = allowed
        self.remaining = remaining
        self.retryAfter = retryAfter
        self.limit = limit
        self.used = used
    }

    /// `retryAfter` rounded up to whole seconds (at least 1 when rejected).
    public var retryAfterSeconds: Int {
        let seconds = Int(retryAfter.rounded(.up))
        return allowed ? max(seconds, 0) : max(seconds, 1)
    }
}

/// Per-key rate limiters of one kind, shared by the requests of a simulator.
public final class RateLimiterTable<Limiter: Sendable>: Sendable {
    private let limiters = Locked([String: Limiter]())
    private let make: @Sendable () -> Limiter

    /// A table creating a fresh limiter per key with `make`.
    public init(_ make: @escaping @Sendable () -> Limiter) {
        self.make = make
    }

    /// Runs `body` on the limiter of `key`.
    public func with<Result>(_ key: String, _ body: (inout Limiter) -> Result) -> Result {
        limiters.withLock { table in
            var limiter = table[key] ?? make()
            defer { table[key] = limiter }
            return body(&limiter)
        }
    }

    /// Forgets every key's state.
    public func reset() {
        limiters.withLock { $0 = [:] }
    }
}

/// Exponential backoff with proportional jitter, then dead letter.
///
/// The default waits about 1 s, 4 s and 16 s between four attempts, each delay scattered by ±20 %
/// so that many jobs failing together do not retry together. A server's own delay (`Retry-After`,
/// rate-limit reset) is honoured: the job never retries before it. Pure: randomness comes from
/// the generator the caller passes.
public struct RetryPolicy: Sendable, Hashable {
    /// Delay before the second attempt.
    public var initialDelay: Duration
    /// Factor between consecutive delays.
    public var multiplier: Double
    /// Attempts in all, the first included; the job is dead-lettered after the last one fails.
    public var maxAttempts: Int
    /// Jitter as a fraction of the delay (0.2 means the delay is drawn from ±20 %).
    public var jitter: Double
    /// Ceiling of the computed backoff (a server-requested delay may exceed it).
    public var maxDelay: Duration

    /// Creates a policy; values are clamped to sensible ranges.
    public init(
        initialDelay: Duration = .seconds(1),
        multiplier: Double = 4,
        maxAttempts: Int = 4,
        jitter: Double = 0.2,
        maxDelay: Duration = .seconds(3600)
    ) {
        self.initialDelay = max(initialDelay, .zero)
        self.multiplier = max(multiplier, 1)
        self.maxAttempts = max(maxAttempts, 1)
        self.jitter = min(max(jitter, 0), 1)
        self.maxDelay = max(maxDelay, .zero)
    }

    /// 1 s, 4 s, 16 s, then dead letter, with ±20 % jitter.
    public static let `default` = RetryPolicy()

    /// Exponential backoff with jitter, named like swift-jobs' `.exponentialJitter()`.
    public static func exponentialJitter(
        initialDelay: Duration = .seconds(1),
        multiplier: Double = 4,
        maxAttempts: Int = 4,
        jitter: Double = 0.2
    ) -> RetryPolicy {
        RetryPolicy(initialDelay: initialDelay, multiplier: multiplier, maxAttempts: maxAttempts, jitter: jitter)
    }

    /// The backoff before the next attempt without jitter, or `nil` when `attempt` was the last.
    public func baseDelay(afterAttempt attempt: Int) -> Duration? {
        guard attempt >= 1, attempt < maxAttempts else { return nil }
        var seconds = initialDelay.timeInterval
        for _ in 1..<attempt { seconds *= multiplier }
        return .seconds(min(seconds, maxDelay.timeInterval))
    }

    /// The delay before the next attempt, jittered and at least `retryAfter`,
    /// or `nil` when the job must be dead-lettered.
    public func delay(
        afterAttempt attempt: Int,
        retryAfter: Duration? = nil,
        using random: inout some RandomNumberGenerator
    ) -> Duration? {
        guard let base = baseDelay(afterAttempt: attempt) else { return nil }
        let seconds = base.timeInterval
        let spread = seconds * jitter
        let jittered = spread > 0 ? Double.random(in: (seconds - spread)...(seconds + spread), using: &random) : seconds
        let chosen = max(jittered, retryAfter?.timeInterval ?? 0)
        return .milliseconds(Int64((chosen * 1000).rounded(.up)))
    }
}

extension RateBudget {
    /// The earliest instant a request may go, or `nil` if it may go at `now`.
    func nextAvailable(at now: C.Instant) -> C.Instant? {
        var deadlines: [C.Instant] = []
        if let paused = pausedUntil {
            if paused > now { deadlines.append(paused) } else { pausedUntil = nil }
        }
        if let limit = windowLimit {
            let horizon = now.advanced(by: .zero - window)
            grants.removeAll { $0 <= horizon }
            if grants.count >= limit { deadlines.append(grants[grants.count - limit].advanced(by: window)) }
        }
        if let resetAt = serverResetAt {
            if resetAt <= now {
                serverResetAt = nil
                serverRemaining = nil
            } else if let remaining = serverRemaining, remaining <= 0 {
                deadlines.append(resetAt)
            }
        }
        if leakPerSecond > 0 {
            leak(until: now)
            if bucketLevel + 1 > bucketCapacity {
                let seconds = (bucketLevel + 1 - bucketCapacity) / leakPerSecond
                deadlines.append(now.advanced(by: .milliseconds(Int64((seconds * 1000).rounded(.up)))))
            }
        }
        return deadlines.max()
    }

    /// Counts one request sent at `now`.
    func record(at now: C.Instant) {
        statistics.granted += 1
        inFlight += 1
        if windowLimit != nil { grants.append(now) }
        if let remaining = serverRemaining { serverRemaining = remaining - 1 }
        if leakPerSecond > 0 { bucketLevel += 1 }
    }

    /// Drains the leaky bucket up to `now`.
    func leak(until now: C.Instant) {
        let elapsed = lastLeak.duration(to: now).timeInterval
        if elapsed > 0 {
            bucketLevel = max(0, bucketLevel - elapsed * leakPerSecond)
            lastLeak = now
        }
    }
}

import Foundation

extension RateBudget {
    /// Adapts the budget from one response: limit, remaining and reset headers, a
    /// `used/limit` bucket header (plus the requests still in flight, which the server has not
    /// counted yet), and a 429 (which pauses every caller until the server's
    /// requested wait). `now` is wall-clock time, used only for HTTP-date `Retry-After`.
    public func observe(status: Int, headers: HTTPHeaders, now: Date = Date()) {
        let instant = clock.now
        inFlight = max(0, inFlight - 1)
        if let name = descriptor.limitHeader, let limit = headers[name].flatMap(Self.integer), limit > 0, windowLimit != nil {
            windowLimit = limit
        }
        if let name = descriptor.remainingHeader, let remaining = headers[name].flatMap(Self.integer) {
            serverRemaining = max(remaining, 0)
            if let resetName = descriptor.resetHeader, let reset = headers[resetName].flatMap(Double.init) {
                serverResetAt = instant.advanced(by: Self.duration(seconds: reset))
            } else {
                serverResetAt = instant.advanced(by: slotInterval)
            }
        }
        if let name = descriptor.usedOverLimitHeader, let raw = headers[name] {
            let parts = raw.split(separator: "/").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count == 2, parts[1] > 0 {
                leak(until: instant)
                bucketCapacity = parts[1]
                if leakPerSecond == 0 { leakPerSecond = 1 }
                // The server counted this request, not those still on their way: add them.
                bucketLevel = max(bucketLevel, parts[0] + Double(inFlight))
            }
        }
        if status == 429 {
            statistics.rateLimited += 1
            let wait = descriptor.retryAfter.retryAfter(in: headers, now: now) ?? descriptor.defaultPauseAfter429
            pause(for: wait)
            if leakPerSecond > 0 { bucketLevel = max(bucketLevel, bucketCapacity) }
        }
    }

    /// Stops every caller for `duration` from now (extends an existing pause, never shortens it).
    public func pause(for duration: Duration) {
        let until = clock.now.advanced(by: duration)
        if let current = pausedUntil, current >= until { return }
        pausedUntil = until
    }

    /// The spacing of one request under the window policy (one second if none).
    var slotInterval: Duration {
        guard let limit = windowLimit, limit > 0 else { return .seconds(1) }
        return window / limit
    }

    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Int(trimmed) ?? Double(trimmed).map { Int($0) }
    }

    static func duration(seconds: Double) -> Duration {
        .milliseconds(Int64((max(seconds, 0) * 1000).rounded(.up)))
    }
}

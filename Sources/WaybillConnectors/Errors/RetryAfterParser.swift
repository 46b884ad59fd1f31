import Foundation

/// Reads how long a server asks us to wait from its response headers.
///
/// Understands `Retry-After` (delay-seconds, fractional allowed, or an HTTP date),
/// `X-Rate-Limit-Reset` (seconds until the window resets), `x-retry-after` (seconds) and
/// any extra header names configured per system (read as seconds, then as an HTTP date).
public struct RetryAfterParser: Sendable, Hashable {
    /// Header names tried in order; the first one that parses wins.
    public var headerNames: [String]

    /// The default names: `Retry-After`, `x-retry-after`, `X-Rate-Limit-Reset`.
    public static let defaultHeaderNames = ["Retry-After", "x-retry-after", "X-Rate-Limit-Reset"]

    /// A parser trying `extraHeaderNames` first, then the defaults.
    public init(extraHeaderNames: [String] = []) {
        headerNames = extraHeaderNames + Self.defaultHeaderNames
    }

    /// The wait requested by `headers`, relative to `now`; `nil` when none parses.
    /// Negative waits (dates in the past) become zero.
    public func retryAfter(in headers: HTTPHeaders, now: Date) -> Duration? {
        for name in headerNames {
            guard let raw = headers[name] else { continue }
            if let wait = Self.parse(raw, now: now) { return wait }
        }
        return nil
    }

    /// The wait a non-429 answer (503, 408…) asks for: only the standard `Retry-After`. Rate-window
    /// headers (`X-Rate-Limit-Reset`, a system's own names) describe the rate window, not the
    /// error: a 503 that also reports "the window resets in 58 s" must not wait a minute.
    public func standardRetryAfter(in headers: HTTPHeaders, now: Date) -> Duration? {
        headers["Retry-After"].flatMap { Self.parse($0, now: now) }
    }

    /// Parses one header value: seconds (`120`, `2.0`) or an IMF-fixdate.
    public static func parse(_ raw: String, now: Date) -> Duration? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), seconds.isFinite {
            return .milliseconds(Int64((max(seconds, 0) * 1000).rounded()))
        }
        guard let date = httpDate(text) else { return nil }
        let seconds = max(date.timeIntervalSince(now), 0)
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// Parses an HTTP date (IMF-fixdate, RFC 850 or asctime form).
    public static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

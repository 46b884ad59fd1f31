import Foundation

/// Timestamp formats of the simulated systems.
public enum SimTime {
    /// ISO 8601 in UTC with `Z`, e.g. `2026-01-01T00:00:00Z`.
    public static func iso8601(_ date: Date) -> String {
        format(date, zone: utc, pattern: "yyyy-MM-dd'T'HH:mm:ss'Z'")
    }

    /// Formats `date` in `zone` with a `DateFormatter` pattern (POSIX locale, Gregorian calendar).
    public static func format(_ date: Date, zone: TimeZone, pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// Parses `text` in `zone` with the first matching pattern of `patterns`.
    public static func parse(_ text: String, zone: TimeZone, patterns: [String]) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        for pattern in patterns {
            formatter.dateFormat = pattern
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// Parses ISO 8601 with an offset or `Z` (fractional seconds allowed); naive text is read as UTC.
    public static func parseISO8601(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        return parse(text, zone: utc, patterns: ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"])
    }

    /// Coordinated Universal Time.
    public static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
}

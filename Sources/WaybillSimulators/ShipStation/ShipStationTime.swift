import Foundation

/// ShipStation V1 time: naive US Pacific, `2015-06-29T08:46:27.0000000` in responses and
/// `yyyy-mm-dd hh:mm:ss` in filters.
enum ShipStationTime {
    static let pacific = TimeZone(identifier: "America/Los_Angeles") ?? SimTime.utc

    /// A response timestamp.
    static func format(_ date: Date) -> String {
        SimTime.format(date, zone: pacific, pattern: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS")
    }

    /// Normalises a filter value (`2026-01-01 10:00:00`, `2026-01-01T10:00:00`, `2026-01-01`) to the
    /// response format, so stored timestamps compare as text. `nil` when unreadable.
    static func normalizedFilter(_ text: String) -> String? {
        guard let date = SimTime.parse(text, zone: pacific, patterns: [
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        ]) else { return nil }
        return format(date)
    }
}

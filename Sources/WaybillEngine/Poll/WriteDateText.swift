import Foundation

/// Arithmetic on cursor texts (`2024-05-01 12:00:00`, `2024-05-01T12:00:00Z`, with or without
/// fractions or offset), keeping the text's own shape so that text order stays time order.
enum WriteDateText {
    /// `text` moved back by `duration`, or `nil` when `text` is not a date-time.
    static func subtract(_ duration: Duration, from text: String) -> String? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 19, scalars[10] == UInt8(ascii: " ") || scalars[10] == UInt8(ascii: "T") else {
            return nil
        }
        let head = String(decoding: scalars[0..<19], as: UTF8.self)
        let separator = Character(UnicodeScalar(scalars[10]))
        var rest = String(decoding: scalars[19...], as: UTF8.self)
        if rest.hasPrefix(".") { rest = String(rest.drop { $0 == "." || $0.isNumber }) }
        guard let date = formatter(separator).date(from: head) else { return nil }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let moved = date.addingTimeInterval(-seconds.rounded(.up))
        return formatter(separator).string(from: moved) + rest
    }

    private static func formatter(_ separator: Character) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = separator == "T" ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
        return formatter
    }
}

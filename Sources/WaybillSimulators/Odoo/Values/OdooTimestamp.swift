import Foundation

/// Odoo's naive UTC datetime text, `YYYY-MM-DD HH:MM:SS`, with second precision.
public enum OdooTimestamp {
    /// The text of `date` in UTC, truncated to the second.
    public static func string(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", year, month, day,
                      secondOfDay / 3600, (secondOfDay % 3600) / 60, secondOfDay % 60)
    }

    /// The date of `YYYY-MM-DD HH:MM:SS` (UTC), or nil.
    public static func date(_ text: String) -> Date? {
        guard let normal = OdooDateText.datetime(text) else { return nil }
        let parts = normal.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        guard parts.count == 6 else { return nil }
        let days = days(fromCivil: parts[0], parts[1], parts[2])
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + parts[3] * 3600 + parts[4] * 60 + parts[5]))
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil-from-days algorithm.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// A wall-clock date and time without a time zone (e.g. `2024-03-10 02:30:00` in Pacific time).
///
/// It is not an instant: turn it into one with `to_utc(value, zone)`.
public struct NaiveDateTime: Sendable, Hashable, Comparable {
    /// The calendar date.
    public var date: LocalDate
    /// Hour of the day, 0–23.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int
    /// Second, 0–59.
    public var second: Int
    /// Fraction of the second, in nanoseconds.
    public var nanosecond: Int

    /// Creates a naive date-time; the caller guarantees the fields are in range.
    public init(date: LocalDate, hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    /// Seconds since 1970-01-01T00:00:00 when this wall-clock reading is taken as UTC.
    var secondsAsUTC: Double {
        let days = Double(date.daysSinceEpoch)
        let daySeconds = Double(hour * 3600 + minute * 60 + second)
        return days * 86_400 + daySeconds + Double(nanosecond) / 1_000_000_000
    }

    /// The wall-clock reading at `seconds` since the epoch, read in UTC.
    init(secondsAsUTC seconds: Double) {
        let whole = seconds.rounded(.down)
        var nanos = Int(((seconds - whole) * 1_000_000_000).rounded())
        var total = Int(whole)
        if nanos >= 1_000_000_000 {
            nanos -= 1_000_000_000
            total += 1
        }
        let days = total >= 0 ? total / 86_400 : -((-total + 86_399) / 86_400)
        let rest = total - days * 86_400
        self.init(date: LocalDate(daysSinceEpoch: days), hour: rest / 3600,
                  minute: (rest % 3600) / 60, second: rest % 60, nanosecond: nanos)
    }

    /// Chronological order of wall-clock readings.
    public static func < (a: NaiveDateTime, b: NaiveDateTime) -> Bool {
        (a.date, a.hour, a.minute, a.second, a.nanosecond) < (b.date, b.hour, b.minute, b.second, b.nanosecond)
    }
}

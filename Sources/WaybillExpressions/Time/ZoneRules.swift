import Foundation

/// Conversions between instants and wall-clock readings in an IANA time zone.
///
/// Choice for readings a zone does not map to exactly one instant:
/// - **nonexistent** (spring-forward gap, e.g. 02:30 on 2024-03-10 in America/Los_Angeles):
///   the reading is taken with the offset in force *before* the gap, which moves it forward by the
///   gap's length (02:30 → 03:30 PDT = 10:30 UTC);
/// - **ambiguous** (fall-back overlap, e.g. 01:30 on 2024-11-03): the *earlier* instant is chosen
///   (01:30 PDT = 08:30 UTC). This is what java.time and Python (`fold=0`) do.
enum ZoneRules {
    /// Resolves an IANA identifier (or `UTC`/`Z`).
    static func zone(named name: String) -> TimeZone? {
        if name == "UTC" || name == "Z" || name == "Etc/UTC" { return TimeZone(identifier: "UTC") }
        guard name.contains("/") || name == "GMT" else { return nil }
        return TimeZone(identifier: name)
    }

    /// The instant at which the wall clock of `zone` shows `naive`.
    static func instant(of naive: NaiveDateTime, in zone: TimeZone) -> Date {
        let local = naive.secondsAsUTC
        let before = offset(zone, atUTC: local - 86_400)
        let after = offset(zone, atUTC: local + 86_400)
        var candidates: [Double] = []
        for candidate in Set([before, after]) {
            let instant = local - Double(candidate)
            if offset(zone, atUTC: instant) == candidate { candidates.append(instant) }
        }
        if let earliest = candidates.min() { return Date(timeIntervalSince1970: earliest) }
        return Date(timeIntervalSince1970: local - Double(before))
    }

    /// The wall-clock reading of `instant` in `zone`.
    static func wallClock(of instant: Date, in zone: TimeZone) -> NaiveDateTime {
        let seconds = instant.timeIntervalSince1970
        return NaiveDateTime(secondsAsUTC: seconds + Double(offset(zone, atUTC: seconds)))
    }

    static func offset(_ zone: TimeZone, atUTC seconds: Double) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }
}

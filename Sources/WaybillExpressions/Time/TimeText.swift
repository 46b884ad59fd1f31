import Foundation

/// The result of reading a time text: a wall-clock reading and, when the text carries one,
/// its UTC offset in seconds.
struct ParsedTime {
    var naive: NaiveDateTime
    var offset: Int?
}

/// Reads and writes date-time text, either ISO 8601 or a strftime-style format.
///
/// Format directives: `%Y` year, `%m` month, `%d` day, `%H` hour (24h), `%I` hour (12h), `%p` AM/PM,
/// `%M` minute, `%S` second, `%f` fraction of a second (1–9 digits, written as 6), `%z` offset
/// (`Z`, `+hh:mm`, `+hhmm`), `%b` month abbreviation (Jan…), `%F` = `%Y-%m-%d`, `%T` = `%H:%M:%S`,
/// `%%` a percent sign.
enum TimeText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let isoFormat = "%Y-%m-%dT%H:%M:%S"

    /// Reads ISO 8601 text: `2024-03-10`, `2024-03-10T02:30`, `2024-03-10 02:30:00.1234567-07:00`, `…Z`.
    static func parseISO(_ text: String) -> ParsedTime? {
        var reader = TextReader(text)
        guard let year = reader.number(digits: 4), reader.take("-"), let month = reader.number(digits: 2),
              reader.take("-"), let day = reader.number(digits: 2),
              let date = LocalDate(year: year, month: month, day: day) else { return nil }
        if reader.atEnd { return ParsedTime(naive: NaiveDateTime(date: date, hour: 0, minute: 0, second: 0)) }
        guard reader.take("T") || reader.take(" "), let hour = reader.number(digits: 2), hour < 24,
              reader.take(":"), let minute = reader.number(digits: 2), minute < 60 else { return nil }
        var second = 0
        var nanos = 0
        if reader.take(":") {
            guard let s = reader.number(digits: 2), s < 60 else { return nil }
            second = s
            if reader.take(".") || reader.take(",") {
                guard let f = reader.fraction() else { return nil }
                nanos = f
            }
        }
        let naive = NaiveDateTime(date: date, hour: hour, minute: minute, second: second, nanosecond: nanos)
        if reader.atEnd { return ParsedTime(naive: naive) }
        guard let offset = reader.offset(), reader.atEnd else { return nil }
        return ParsedTime(naive: naive, offset: offset)
    }

    /// Reads `text` with a strftime-style `format`; `nil` when it does not match.
    static func parse(_ text: String, format: String) -> ParsedTime? {
        var reader = TextReader(text)
        var fields = (year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, nanos: 0)
        var pm: Bool?
        var offset: Int?
        var directive = false
        for char in expand(format).unicodeScalars {
            if !directive {
                if char == "%" { directive = true } else if !reader.take(char) { return nil }
                continue
            }
            directive = false
            switch char {
            case "Y": guard let v = reader.number(digits: 4) else { return nil }; fields.year = v
            case "m": guard let v = reader.number(maxDigits: 2) else { return nil }; fields.month = v
            case "d": guard let v = reader.number(maxDigits: 2) else { return nil }; fields.day = v
            case "H", "I": guard let v = reader.number(maxDigits: 2) else { return nil }; fields.hour = v
            case "M": guard let v = reader.number(maxDigits: 2) else { return nil }; fields.minute = v
            case "S": guard let v = reader.number(maxDigits: 2) else { return nil }; fields.second = v
            case "f": guard let v = reader.fraction() else { return nil }; fields.nanos = v
            case "z": guard let v = reader.offset() else { return nil }; offset = v
            case "p": guard let v = reader.meridiem() else { return nil }; pm = v
            case "b": guard let v = reader.month(names: months) else { return nil }; fields.month = v
            case "%": guard reader.take("%") else { return nil }
            default: return nil
            }
        }
        guard reader.atEnd, !directive else { return nil }
        if let pm {
            guard (1...12).contains(fields.hour) else { return nil }
            fields.hour = fields.hour % 12 + (pm ? 12 : 0)
        }
        guard let date = LocalDate(year: fields.year, month: fields.month, day: fields.day),
              fields.hour < 24, fields.minute < 60, fields.second < 60 else { return nil }
        let naive = NaiveDateTime(date: date, hour: fields.hour, minute: fields.minute,
                                  second: fields.second, nanosecond: fields.nanos)
        return ParsedTime(naive: naive, offset: offset)
    }

    /// Writes `naive` (with `offset` for `%z`) using a strftime-style `format`.
    static func format(_ naive: NaiveDateTime, offset: Int?, format: String) -> String {
        var out = ""
        var directive = false
        for char in expand(format) {
            if !directive {
                if char == "%" { directive = true } else { out.append(char) }
                continue
            }
            directive = false
            switch char {
            case "Y": out += pad(naive.date.year, 4)
            case "m": out += pad(naive.date.month, 2)
            case "d": out += pad(naive.date.day, 2)
            case "H": out += pad(naive.hour, 2)
            case "I": out += pad(naive.hour % 12 == 0 ? 12 : naive.hour % 12, 2)
            case "p": out += naive.hour < 12 ? "AM" : "PM"
            case "M": out += pad(naive.minute, 2)
            case "S": out += pad(naive.second, 2)
            case "f": out += pad(naive.nanosecond / 1000, 6)
            case "b": out += months[naive.date.month - 1]
            case "z": out += offsetText(offset ?? 0)
            default: out.append("%"); out.append(char)
            }
        }
        return out
    }

    static func expand(_ format: String) -> String {
        format.replacingOccurrences(of: "%F", with: "%Y-%m-%d").replacingOccurrences(of: "%T", with: "%H:%M:%S")
    }

    static func offsetText(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        let padded = text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        return value < 0 ? "-" + padded : padded
    }

    /// ISO 8601 text of an instant in UTC, e.g. `2024-03-10T10:30:00Z` (fraction only when present).
    static func isoUTC(_ instant: Date) -> String {
        let naive = NaiveDateTime(secondsAsUTC: instant.timeIntervalSince1970)
        return isoNaive(naive) + "Z"
    }

    /// ISO 8601 text of a wall-clock reading, e.g. `2024-03-10T02:30:00`.
    static func isoNaive(_ naive: NaiveDateTime) -> String {
        var text = format(naive, offset: nil, format: isoFormat)
        if naive.nanosecond != 0 {
            var fraction = pad(naive.nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    /// ISO 8601 text of a date, e.g. `2024-03-10`.
    static func isoDate(_ date: LocalDate) -> String {
        pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }
}

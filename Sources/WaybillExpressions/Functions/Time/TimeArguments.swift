import Foundation

/// Compile-time checks and run-time helpers shared by the time functions.
enum TimeArguments {
    static let directives: Set<Character> = ["Y", "m", "d", "H", "I", "p", "M", "S", "f", "z", "b", "F", "T", "%"]

    /// A problem with a literal zone name or format, else `nil`.
    static func problem(zoneAt zoneIndex: Int?, formatAt formatIndex: Int?) -> @Sendable (Int, Value) -> ConstantProblem? {
        return { index, value in
            guard case .string(let text) = value else { return nil }
            if index == zoneIndex, ZoneRules.zone(named: text) == nil {
                let known = TimeZone.knownTimeZoneIdentifiers
                return ConstantProblem("unknown time zone '\(text)' (use an IANA name such as 'America/Los_Angeles')",
                                       suggestion: Suggestions.didYouMean(text, in: known))
            }
            if index == formatIndex, let bad = badDirective(text) {
                return ConstantProblem("unknown format directive '%\(bad)'",
                                       suggestion: "directives: %Y %m %d %H %I %p %M %S %f %z %b %F %T %%")
            }
            return nil
        }
    }

    static func badDirective(_ format: String) -> Character? {
        var percent = false
        for char in format {
            if percent {
                if !directives.contains(char) { return char }
                percent = false
            } else if char == "%" {
                percent = true
            }
        }
        return percent ? "%" : nil
    }

    /// Reads time text with the format at `formatIndex` (ISO 8601 when absent or null).
    static func read(_ args: FunctionArguments, formatIndex: Int) throws -> ParsedTime {
        let text = try args.string(0)
        let format = try args.string(formatIndex, default: "")
        let parsed = format.isEmpty ? TimeText.parseISO(text) : TimeText.parse(text, format: format)
        guard let parsed else {
            let expected = format.isEmpty ? "ISO 8601" : "the format '\(format)'"
            throw args.error(.invalidValue, "'\(text)' does not match \(expected)")
        }
        return parsed
    }

    /// A naive value from a naive date-time or ISO text without offset.
    static func naive(_ args: FunctionArguments, _ index: Int) throws -> NaiveDateTime {
        switch try args.present(index) {
        case .naiveDateTime(let naive): return naive
        case .date(let date): return NaiveDateTime(date: date, hour: 0, minute: 0, second: 0)
        case .string(let text):
            guard let parsed = TimeText.parseISO(text), parsed.offset == nil else {
                throw args.error(.invalidValue, "'\(text)' is not a date-time without offset")
            }
            return parsed.naive
        default:
            throw args.error(.typeMismatch, "needs a naive date-time, got \(args[index].kindName)")
        }
    }
}

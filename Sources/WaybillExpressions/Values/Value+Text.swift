extension Value {
    /// The text form used by `to_string`, `concat`, `join` and templates: strings as they are,
    /// decimals without exponent (`12.5`), datetimes in ISO 8601 UTC (`2024-03-10T10:30:00Z`),
    /// naive datetimes without offset, dates as `YYYY-MM-DD`, lists and objects as canonical JSON.
    /// `null` has no text form.
    public var text: String? {
        switch self {
        case .null: return nil
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .string(let s): return s
        case .datetime(let t): return TimeText.isoUTC(t)
        case .naiveDateTime(let n): return TimeText.isoNaive(n)
        case .date(let d): return TimeText.isoDate(d)
        case .list, .object: return canonicalJSON
        }
    }
}

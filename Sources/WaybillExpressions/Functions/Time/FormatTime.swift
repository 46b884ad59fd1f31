extension FunctionDefinition {
    /// `format_time(time, format, zone?)`: text of a datetime, naive datetime or date.
    static let formatTime = FunctionDefinition(
        name: "format_time",
        summary: "Writes a datetime (in `zone`, default UTC), a naive datetime or a date with a strftime-style format (%Y %m %d %H %I %p %M %S %f %z %b %F %T %%).",
        parameters: [FunctionParameter("time", .any), FunctionParameter("format", .string),
                     FunctionParameter("zone", .string, optional: true)],
        examples: [
            FunctionExample("format_time(parse_time('2024-07-01T19:00:00Z'), '%F %T', 'America/Los_Angeles')",
                            .string("2024-07-01 12:00:00")),
            FunctionExample("format_time(parse_time('2024-07-01T19:00:00Z'), '%FT%T%z', 'America/Los_Angeles')",
                            .string("2024-07-01T12:00:00-07:00")),
            FunctionExample("format_time(parse_time('2024-01-05T13:45:00Z'), '%d %b %Y %I:%M %p')",
                            .string("05 Jan 2024 01:45 PM")),
            FunctionExample("format_time(date('2024-02-29'), '%m/%d/%Y')", .string("02/29/2024")),
        ],
        typing: { types in
            switch types[0].nonOptional {
            case .datetime, .naiveDateTime, .date, .any: return .type(.string)
            default: return .badArgument(0, "needs a datetime, naive datetime or date, not \(types[0])")
            }
        },
        checkConstant: TimeArguments.problem(zoneAt: 2, formatAt: 1),
        implementation: .pure { args in
            let format = try args.string(1)
            switch try args.present(0) {
            case .datetime(let instant):
                let zone = args[2].isNull ? nil : try args.zone(2)
                let offset = zone.map { ZoneRules.offset($0, atUTC: instant.timeIntervalSince1970) } ?? 0
                let naive = zone.map { ZoneRules.wallClock(of: instant, in: $0) }
                    ?? NaiveDateTime(secondsAsUTC: instant.timeIntervalSince1970)
                return .string(TimeText.format(naive, offset: offset, format: format))
            case .naiveDateTime(let naive):
                return .string(TimeText.format(naive, offset: nil, format: format))
            case .date(let date):
                return .string(TimeText.format(NaiveDateTime(date: date, hour: 0, minute: 0, second: 0),
                                               offset: nil, format: format))
            default:
                throw args.error(.typeMismatch, "needs a datetime, naive datetime or date, got \(args[0].kindName)")
            }
        })
}

extension FunctionDefinition {
    /// `date(value?, zone?)`: a calendar date.
    static let date = FunctionDefinition(
        name: "date",
        summary: "A date: today in UTC with no argument; the date of a datetime in `zone` (default UTC); the date part of a naive datetime; or a date read from 'YYYY-MM-DD' text.",
        parameters: [FunctionParameter("value", .any, optional: true), FunctionParameter("zone", .string, optional: true)],
        returns: .date,
        examples: [
            FunctionExample("date()", .date(LocalDate(daysSinceEpoch: 19_792))),
            FunctionExample("date(parse_time('2024-03-10T05:00:00Z'), 'America/Los_Angeles')",
                            .date(LocalDate(daysSinceEpoch: 19_791))),
            FunctionExample("date('2024-03-10') == date(now())", .bool(true)),
            FunctionExample("date('2024-02-30')", fails: .invalidValue),
        ],
        checkConstant: TimeArguments.problem(zoneAt: 1, formatAt: nil),
        implementation: .contextual { args, context in
            let value = args[0]
            switch value {
            case .null:
                return .date(NaiveDateTime(secondsAsUTC: context.now.timeIntervalSince1970).date)
            case .datetime(let instant):
                let zone = args[1].isNull ? nil : try args.zone(1)
                let naive = zone.map { ZoneRules.wallClock(of: instant, in: $0) }
                    ?? NaiveDateTime(secondsAsUTC: instant.timeIntervalSince1970)
                return .date(naive.date)
            case .naiveDateTime(let naive):
                return .date(naive.date)
            case .date:
                return value
            case .string:
                do {
                    return try value.coerced(to: .date)
                } catch let error as EvaluationError {
                    throw args.error(error.kind, error.message)
                }
            default:
                throw args.error(.typeMismatch, "cannot make a date from \(value.kindName)")
            }
        })
}

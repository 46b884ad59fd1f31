extension FunctionDefinition {
    /// `to_utc(naive, zone)`: the instant at which `zone`'s wall clock shows `naive`.
    static let toUTC = FunctionDefinition(
        name: "to_utc",
        summary: "The instant at which the wall clock of the IANA `zone` shows the naive date-time. In a spring-forward gap the time moves forward by the gap (02:30 → 03:30 PDT); in a fall-back overlap the earlier instant is chosen.",
        parameters: [FunctionParameter("naive", .naiveDateTime), FunctionParameter("zone", .string)],
        returns: .datetime,
        examples: [
            FunctionExample("format_time(to_utc(parse_naive('2024-01-15 09:00:00'), 'America/Los_Angeles'), '%FT%T%z')",
                            .string("2024-01-15T17:00:00Z")),
            FunctionExample("format_time(to_utc(parse_naive('2024-07-15 09:00:00'), 'America/Los_Angeles'), '%FT%T%z')",
                            .string("2024-07-15T16:00:00Z")),
            FunctionExample("format_time(to_utc(parse_naive('2024-03-10 02:30:00'), 'America/Los_Angeles'), '%FT%T%z')",
                            .string("2024-03-10T10:30:00Z")),
            FunctionExample("format_time(to_utc(parse_naive('2024-11-03 01:30:00'), 'America/Los_Angeles'), '%FT%T%z')",
                            .string("2024-11-03T08:30:00Z")),
            FunctionExample("to_utc(parse_naive('2024-01-15 09:00:00'), to_string('Mars/Olympus'))", fails: .invalidValue),
        ],
        checkConstant: TimeArguments.problem(zoneAt: 1, formatAt: nil),
        implementation: .pure { args in
            .datetime(ZoneRules.instant(of: try TimeArguments.naive(args, 0), in: try args.zone(1)))
        })
}

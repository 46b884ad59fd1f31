extension FunctionDefinition {
    /// `to_local(instant, zone)`: the wall-clock reading of an instant in `zone`.
    static let toLocal = FunctionDefinition(
        name: "to_local", summary: "The naive wall-clock reading of an instant in the IANA `zone` (the inverse of to_utc).",
        parameters: [FunctionParameter("instant", .datetime), FunctionParameter("zone", .string)],
        returns: .naiveDateTime,
        examples: [
            FunctionExample("format_time(to_local(parse_time('2024-03-10T10:30:00Z'), 'America/Los_Angeles'), '%F %T')",
                            .string("2024-03-10 03:30:00")),
            FunctionExample("format_time(to_local(parse_time('2024-03-10T09:30:00Z'), 'America/Los_Angeles'), '%F %T')",
                            .string("2024-03-10 01:30:00")),
        ],
        checkConstant: TimeArguments.problem(zoneAt: 1, formatAt: nil),
        implementation: .pure { args in
            guard case .datetime(let instant) = try args.present(0) else {
                throw args.error(.typeMismatch, "needs a datetime, got \(args[0].kindName)")
            }
            return .naiveDateTime(ZoneRules.wallClock(of: instant, in: try args.zone(1)))
        })
}

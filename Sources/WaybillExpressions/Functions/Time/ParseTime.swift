import Foundation

extension FunctionDefinition {
    /// `parse_time(text, format?, zone?)`: a zoned instant from text.
    static let parseTime = FunctionDefinition(
        name: "parse_time",
        summary: "Reads an instant from ISO 8601 text (or the strftime-style `format`). Text without an offset is read in `zone`; without offset and zone it is an error.",
        parameters: [FunctionParameter("text", .string), FunctionParameter("format", .string, optional: true),
                     FunctionParameter("zone", .string, optional: true)],
        returns: .datetime,
        examples: [
            FunctionExample("parse_time('2024-03-10T02:30:00Z')", .datetime(Date(timeIntervalSince1970: 1_710_037_800))),
            FunctionExample("parse_time('2024-07-01T12:00:00-07:00')", .datetime(Date(timeIntervalSince1970: 1_719_860_400))),
            FunctionExample("parse_time('07/01/2024 12:00', '%m/%d/%Y %H:%M', 'America/Los_Angeles')",
                            .datetime(Date(timeIntervalSince1970: 1_719_860_400))),
            FunctionExample("parse_time('2024-07-01 12:00:00', null, 'UTC')", .datetime(Date(timeIntervalSince1970: 1_719_835_200))),
            FunctionExample("parse_time('2024-07-01 12:00:00')", fails: .invalidValue),
            FunctionExample("parse_time('yesterday')", fails: .invalidValue),
        ],
        checkConstant: TimeArguments.problem(zoneAt: 2, formatAt: 1),
        implementation: .pure { args in
            let parsed = try TimeArguments.read(args, formatIndex: 1)
            if let offset = parsed.offset {
                return .datetime(Date(timeIntervalSince1970: parsed.naive.secondsAsUTC - Double(offset)))
            }
            guard !args[2].isNull else {
                throw args.error(.invalidValue, "'\(args[0].text ?? "")' has no UTC offset; pass a zone")
            }
            return .datetime(ZoneRules.instant(of: parsed.naive, in: try args.zone(2)))
        })
}

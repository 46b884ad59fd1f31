import Foundation
import Testing
@testable import WaybillExpressions

private func utc(_ naiveText: String, in zone: String) throws -> String {
    let result = Expressions.compile("to_string(to_utc(parse_naive(text), '\(zone)'))",
                                     in: ExpressionEnvironment(variables: ["text": .string]))
    let compiled = try #require(result.expression)
    return try compiled.evaluate(EvaluationContext(variables: ["text": .string(naiveText)])).text ?? ""
}

@Test(arguments: [
    // PST (UTC-8) in winter, PDT (UTC-7) in summer.
    ("2024-01-15 09:00:00", "2024-01-15T17:00:00Z"),
    ("2024-07-15 09:00:00", "2024-07-15T16:00:00Z"),
    // The day of spring-forward: before, in the gap (moved forward), after.
    ("2024-03-10 01:59:59", "2024-03-10T09:59:59Z"),
    ("2024-03-10 02:00:00", "2024-03-10T10:00:00Z"),
    ("2024-03-10 02:30:00", "2024-03-10T10:30:00Z"),
    ("2024-03-10 03:00:00", "2024-03-10T10:00:00Z"),
    ("2024-03-10 03:30:00", "2024-03-10T10:30:00Z"),
    // Fall-back: 01:00–01:59 happens twice; the earlier (PDT) instant is chosen.
    ("2024-11-03 00:59:59", "2024-11-03T07:59:59Z"),
    ("2024-11-03 01:30:00", "2024-11-03T08:30:00Z"),
    ("2024-11-03 02:00:00", "2024-11-03T10:00:00Z"),
    // Midnight crossing the date line in UTC, and a leap day.
    ("2024-02-29 23:30:00", "2024-03-01T07:30:00Z"),
    ("2023-12-31 20:00:00.25", "2024-01-01T04:00:00.25Z"),
])
func losAngelesToUTC(_ naive: String, _ expected: String) throws {
    #expect(try utc(naive, in: "America/Los_Angeles") == expected)
}

@Test func otherZones() throws {
    #expect(try utc("2024-06-01 12:00:00", in: "Europe/Berlin") == "2024-06-01T10:00:00Z")
    #expect(try utc("2024-06-01 12:00:00", in: "Asia/Kolkata") == "2024-06-01T06:30:00Z")
    #expect(try utc("2024-06-01 12:00:00", in: "UTC") == "2024-06-01T12:00:00Z")
}

@Test func roundTripThroughLocalTime() throws {
    let env = ExpressionEnvironment(variables: ["t": .datetime])
    let compiled = try #require(Expressions.compile(
        "to_utc(to_local(t, 'America/Los_Angeles'), 'America/Los_Angeles') == t", in: env).expression)
    // Every 20 minutes through both 2024 transitions, except the repeated fall-back hour's second pass.
    for start in [1_710_043_200.0, 1_730_592_000.0] {
        for step in 0..<36 {
            let instant = Date(timeIntervalSince1970: start + Double(step) * 1200)
            let local = ZoneRules.wallClock(of: instant, in: try #require(TimeZone(identifier: "America/Los_Angeles")))
            let secondPass = local.date.month == 11 && local.hour == 1 && instant.timeIntervalSince1970 >= 1_730_624_400
            let value = try compiled.evaluate(EvaluationContext(variables: ["t": .datetime(instant)]))
            #expect(value == .bool(!secondPass), "\(instant)")
        }
    }
}

@Test func naiveFieldsAreReadFromJSONText() throws {
    let env = ExpressionEnvironment(variables: ["shipDate": .naiveDateTime])
    let compiled = try #require(Expressions.compile(
        "format_time(to_utc(shipDate, 'America/Los_Angeles'), '%FT%T%z')", in: env).expression)
    let value = try compiled.evaluate(EvaluationContext(variables: ["shipDate": .string("2024-03-10T02:30:00.0000000")]))
    #expect(value == .string("2024-03-10T10:30:00Z"))
    #expect(throws: EvaluationError.self) {
        try compiled.evaluate(EvaluationContext(variables: ["shipDate": .string("not a date")]))
    }
}

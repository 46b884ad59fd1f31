import Foundation
import Testing
@testable import WaybillExpressions

private func evaluate(_ source: String, _ variables: [String: Value] = [:],
                      env: ExpressionEnvironment = recordEnvironment) throws -> Value {
    let result = Expressions.compile(source, in: env)
    let compiled = try #require(result.expression, "\(result.diagnostics)")
    return try compiled.evaluate(EvaluationContext(variables: variables))
}

@Test func pointOnePlusPointTwoIsPointThree() throws {
    #expect(try evaluate("0.1 + 0.2 == 0.3") == .bool(true))
    #expect(try evaluate("0.1 + 0.2") == .decimal(DecimalValue(significand: 3, exponent: -1)))
}

@Test func exactSumOfManyCents() throws {
    let cents = Value.list(Array(repeating: .decimal(DecimalValue(significand: 1, exponent: -2)), count: 1000))
    let env = ExpressionEnvironment(variables: ["xs": .list(.decimal)])
    #expect(try evaluate("sum(xs)", ["xs": cents], env: env) == .decimal(DecimalValue(10)))
}

@Test(arguments: [
    ("12.5 * 35.274", "440.925"),
    ("10 / 4", "2.5"),
    ("1 / 3 * 3", "0.99999999999999999999999999999999999999"),
    ("7 % 3", "1"),
    ("-7.5 % 2", "-1.5"),
    ("19.99 - 20", "-0.01"),
    ("1.50 + 0", "1.5"),
    ("9223372036854775807 * 10.0", "92233720368547758070"),
    ("0.000001 * 0.000001", "0.000000000001"),
])
func decimalArithmetic(_ source: String, _ expected: String) throws {
    let value = try evaluate(source)
    #expect(value.text == expected)
}

@Test func integerArithmeticStaysInteger() throws {
    #expect(try evaluate("2 + 3 * 4") == .int(14))
    #expect(try evaluate("1 == 1.0") == .bool(true))
    #expect(try evaluate("2 < 2.5") == .bool(true))
}

@Test(arguments: [
    ("1 / 0", EvaluationError.Kind.divisionByZero),
    ("1.5 % 0", .divisionByZero),
    ("9223372036854775807 + 1", .overflow),
    ("weight * 2", .nullValue),
])
func arithmeticFailures(_ source: String, _ kind: EvaluationError.Kind) throws {
    let compiled = try #require(Expressions.compile(source, in: recordEnvironment).expression)
    #expect {
        _ = try compiled.evaluate(EvaluationContext(variables: [:]))
    } throws: { error in
        (error as? EvaluationError)?.kind == kind && (error as? EvaluationError)?.range != nil
    }
}

@Test func decimalValueParsesAndPrints() throws {
    #expect(DecimalValue(text: "-0.050")?.description == "-0.05")
    #expect(DecimalValue(text: "1200")?.description == "1200")
    #expect(DecimalValue(text: "12345678901234567890.5")?.description == "12345678901234567890.5")
    #expect(DecimalValue(text: "1e5") == nil)
    #expect(DecimalValue(text: "") == nil)
    #expect(DecimalValue(text: "1.5") == DecimalValue(Decimal(string: "1.50") ?? 0))
    #expect(DecimalValue(text: "2.5")?.decimal == Decimal(string: "2.5"))
}

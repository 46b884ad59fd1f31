import Testing
@testable import WaybillExpressions

/// An environment with typed record fields, as the rule compiler would build from schemas.
let recordEnvironment = ExpressionEnvironment(
    variables: [
        "name": .string,
        "weight": .decimal,
        "quantity": .int,
        "voided": .bool,
        "shipDate": .naiveDateTime,
        "createdAt": .datetime,
        "partner_id": .optional(.object(ObjectShape(fields: ["email": .string, "name": .string]))),
        "shipments": .list(.object(ObjectShape(fields: ["trackingNumber": .string, "shipmentCost": .decimal]))),
        "group": .list(.object(ObjectShape(fields: ["trackingNumber": .string, "shipmentCost": .decimal]))),
        "note": .optional(.string),
        "payload": .any,
    ],
    tables: ["warehouses": LookupTableType(valueType: .int)])

struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    let source: String
    let code: ExpressionDiagnosticCode
    let range: Range<Int>
    var expecting: ExprType? = nil
    var suggestion: String? = nil
    var testDescription: String { "\(code.rawValue): \(source)" }
}

let diagnosticCases: [DiagnosticCase] = [
    DiagnosticCase(source: "weight # 2", code: .unexpectedCharacter, range: 7..<8),
    DiagnosticCase(source: "concat('abc", code: .unterminatedString, range: 7..<11),
    DiagnosticCase(source: "1.2.3", code: .invalidNumber, range: 0..<5),
    DiagnosticCase(source: "99999999999999999999", code: .invalidNumber, range: 0..<20),
    DiagnosticCase(source: "1 + * 2", code: .expectedExpression, range: 4..<5),
    DiagnosticCase(source: "lower(name", code: .expectedToken, range: 10..<10),
    DiagnosticCase(source: "name = 'x'", code: .expectedToken, range: 5..<6, suggestion: "use `==` to compare"),
    DiagnosticCase(source: "nme", code: .unknownVariable, range: 0..<3, suggestion: "did you mean `name`?"),
    DiagnosticCase(source: "partner_id.emial", code: .unknownField, range: 11..<16, suggestion: "did you mean `email`?"),
    DiagnosticCase(source: "lowr(name)", code: .unknownFunction, range: 0..<4, suggestion: "did you mean `lower`?"),
    DiagnosticCase(source: "lower(name, name)", code: .wrongArgumentCount, range: 0..<17),
    DiagnosticCase(source: "round(name, 2)", code: .argumentType, range: 6..<10),
    DiagnosticCase(source: "weight == name", code: .operatorType, range: 0..<14),
    DiagnosticCase(source: "shipDate < createdAt", code: .naiveZonedMix, range: 0..<20,
                   suggestion: "convert with to_utc(x, 'America/Los_Angeles')"),
    DiagnosticCase(source: "name", code: .resultType, range: 0..<4, expecting: .decimal,
                   suggestion: "convert with to_decimal(…)"),
    DiagnosticCase(source: "lookup('warehouse', name)", code: .unknownTable, range: 7..<18,
                   suggestion: "did you mean `warehouses`?"),
    DiagnosticCase(source: "map(shipments, 'x')", code: .lambdaMisuse, range: 15..<18),
    DiagnosticCase(source: "x => x", code: .lambdaMisuse, range: 0..<6),
    DiagnosticCase(source: "weight.kg", code: .notIndexable, range: 7..<9),
    DiagnosticCase(source: "shipments.trackingNumber", code: .notIndexable, range: 10..<24),
    DiagnosticCase(source: "name + '-x'", code: .stringPlus, range: 0..<11, suggestion: "use concat(a, b) or a template"),
    DiagnosticCase(source: #"'a\qb'"#, code: .invalidEscape, range: 2..<4),
    DiagnosticCase(source: "   ", code: .emptyExpression, range: 3..<3),
    DiagnosticCase(source: "convert_weight(weight, 'kgs', 'oz')", code: .invalidConstant, range: 23..<28,
                   suggestion: "did you mean `kg`?"),
    DiagnosticCase(source: "to_utc(shipDate, 'America/Los_Angles')", code: .invalidConstant, range: 17..<37,
                   suggestion: "did you mean `America/Los_Angeles`?"),
    DiagnosticCase(source: "round(weight, 2, 'half_evn')", code: .invalidConstant, range: 17..<27,
                   suggestion: "did you mean `half_even`?"),
    DiagnosticCase(source: "name ?? 'x'", code: .uselessCoalesce, range: 0..<4),
    DiagnosticCase(source: String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150),
                   code: .tooDeep, range: 100..<101),
]

@Test(arguments: [
    String(repeating: "(", count: 100_000),
    String(repeating: "1 + ", count: 50_000) + "1",
    String(repeating: "-", count: 100_000) + "1",
    String(repeating: "[", count: 100_000),
    String(repeating: "a.", count: 50_000) + "b",
    String(repeating: "x => ", count: 50_000) + "x",
    String(repeating: "@", count: 100_000),
])
func hostileInputIsRejectedWithoutCrashing(_ source: String) {
    let result = Expressions.compile(source, in: recordEnvironment)
    #expect(result.hasErrors)
    #expect(result.expression == nil)
}

@Test(arguments: diagnosticCases)
func diagnosticCode(_ testCase: DiagnosticCase) {
    let result = Expressions.compile(testCase.source, in: recordEnvironment, expecting: testCase.expecting)
    let first = result.diagnostics.first
    #expect(first?.code == testCase.code.rawValue, "\(result.diagnostics)")
    #expect(first?.range == testCase.range, "\(result.diagnostics)")
    if let suggestion = testCase.suggestion { #expect(first?.suggestion == suggestion) }
    #expect(first?.severity == testCase.code.severity)
    #expect((result.expression == nil) == (testCase.code.severity == .error))
}

@Test func unterminatedInterpolationInTemplate() {
    let result = Expressions.compileTemplate("order:${name", in: recordEnvironment)
    #expect(result.diagnostics.map(\.code) == [ExpressionDiagnosticCode.unterminatedInterpolation.rawValue])
    #expect(result.diagnostics.first?.range == 6..<12)
}

@Test func everyCodeIsCoveredByATest() {
    let covered = Set(diagnosticCases.map(\.code)).union([.unterminatedInterpolation])
    #expect(covered == Set(ExpressionDiagnosticCode.allCases))
}

@Test func codesAreUniqueAndWellFormed() {
    let codes = ExpressionDiagnosticCode.allCases.map(\.rawValue)
    #expect(Set(codes).count == codes.count)
    #expect(codes.allSatisfy { $0.count == 4 && ($0.hasPrefix("X") || $0.hasPrefix("W")) })
}

@Test func allDiagnosticsAreCollected() {
    let result = Expressions.compile("lowr(nme) == concat(partner_id.emial)", in: recordEnvironment)
    #expect(result.diagnostics.map(\.code) == ["X008", "X006", "X007"])
}

@Test func diagnosticsReportLineAndColumn() throws {
    let source = "lower(name) ==\r\n  lowr(name)"
    let result = Expressions.compile(source, in: recordEnvironment)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.range == 18..<22)
    #expect(diagnostic.lineAndColumn(in: source) == (line: 2, column: 3))
    #expect(diagnostic.offset(by: 10).range == 28..<32)
}

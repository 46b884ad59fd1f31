import Foundation
import Testing
@testable import WaybillExpressions

private let order: [String: Value] = [
    "name": .string("SO042"),
    "weight": .string("12.5"),
    "quantity": .int(3),
    "voided": .bool(false),
    "partner_id": .bool(false),
    "note": .bool(false),
    "shipments": .list([
        .object(["trackingNumber": .string("1Z1"), "shipmentCost": .int(5)]),
        .object(["trackingNumber": .string("1Z2"), "shipmentCost": .decimal(DecimalValue(significand: 75, exponent: -2))]),
    ]),
    "payload": .object(["odd key": .string("yes"), "items": .list([.int(1), .int(2)])]),
]

private func run(_ source: String, env: ExpressionEnvironment = recordEnvironment) throws -> Value {
    let result = Expressions.compile(source, in: env)
    let compiled = try #require(result.expression, "\(result.diagnostics)")
    return try compiled.evaluate(EvaluationContext(variables: order))
}

@Test(arguments: [
    ("name", Value.string("SO042")),
    ("weight * 2", dec("25")),
    ("shipments[1].trackingNumber", .string("1Z2")),
    ("shipments[-1].trackingNumber", .string("1Z2")),
    ("payload[\"odd key\"]", .string("yes")),
    ("payload.items[0] + 1", .int(2)),
    ("partner_id.email ?? 'none'", .string("none")),
    ("note ?? 'empty'", .string("empty")),
    ("join(map(shipments, s => s.trackingNumber), ',')", .string("1Z1,1Z2")),
    ("sum(map(shipments, s => s.shipmentCost))", dec("5.75")),
    ("count(filter(shipments, s => s.shipmentCost > 1))", .int(1)),
    ("any(shipments, s => starts_with(s.trackingNumber, '1Z'))", .bool(true)),
    ("map(shipments, s => map(payload.items, i => i * quantity))", .list([.list([.int(3), .int(6)]), .list([.int(3), .int(6)])])),
    ("!voided && quantity > 2", .bool(true)),
    ("voided ? 'x' : 'y'", .string("y")),
    ("'SO042' in [name, 'other']", .bool(true)),
    ("'042' in name", .bool(true)),
    ("{a: quantity, b: [1, 2]}", .object(["a": .int(3), "b": .list([.int(1), .int(2)])])),
])
func evaluates(_ source: String, _ expected: Value) throws {
    #expect(try run(source) == expected)
}

@Test func shortCircuitAvoidsErrors() throws {
    #expect(try run("voided && 1 / 0 > 1") == .bool(false))
    #expect(try run("!voided || 1 / 0 > 1") == .bool(true))
    #expect(try run("quantity ?? 1 / 0") == .int(3))
}

@Test func evaluationErrorsCarryTheFailingSpan() throws {
    let compiled = try #require(Expressions.compile("lower(name) == lower(partner_id.email)", in: recordEnvironment).expression)
    #expect {
        _ = try compiled.evaluate(EvaluationContext(variables: order))
    } throws: { error in
        guard let error = error as? EvaluationError else { return false }
        return error.kind == .nullValue && error.range == 15..<38 && error.message.contains("lower")
    }
}

@Test func indexOutOfRangeAndBadLookupKey() throws {
    #expect(throws: EvaluationError.self) { try run("shipments[5].trackingNumber") }
    let env = ExpressionEnvironment(variables: ["name": .string], tables: ["warehouses": LookupTableType(valueType: .int)])
    let compiled = try #require(Expressions.compile("lookup('warehouses', name)", in: env).expression)
    let tables = InMemoryLookupTables(["warehouses": [.string("SO042"): .int(7)]])
    #expect(try compiled.evaluate(EvaluationContext(variables: ["name": .string("SO042")], tables: tables)) == .int(7))
    #expect(throws: EvaluationError.self) {
        try compiled.evaluate(EvaluationContext(variables: ["name": .string("nope")], tables: tables))
    }
}

@Test func badDecimalTextInADecimalFieldIsAnEvaluationError() throws {
    let compiled = try #require(Expressions.compile("weight * 2", in: recordEnvironment).expression)
    #expect {
        _ = try compiled.evaluate(EvaluationContext(variables: ["weight": .string("heavy")]))
    } throws: { error in
        (error as? EvaluationError)?.kind == .invalidValue
    }
}

@Test func compiledExpressionsAreReusableAcrossTasks() async throws {
    let compiled = try #require(Expressions.compile("quantity * 2", in: recordEnvironment).expression)
    let results = try await withThrowingTaskGroup(of: Value.self) { group in
        for i in 0..<8 {
            group.addTask { try compiled.evaluate(EvaluationContext(variables: ["quantity": .int(i)])) }
        }
        return try await group.reduce(into: Set<Value>()) { $0.insert($1) }
    }
    #expect(results == Set((0..<8).map { .int($0 * 2) }))
}

@Test func integralLookupKeysMatchAcrossIntAndDecimal() {
    let tables = InMemoryLookupTables(["w": [.int(7): .string("seven"), .decimal(DecimalValue(significand: 15, exponent: -1)): .string("x")]])
    #expect(tables.value(in: "w", for: .decimal(DecimalValue(7))) == .string("seven"))
    #expect(tables.value(in: "w", for: .int(7)) == .string("seven"))
    #expect(tables.value(in: "w", for: .int(8)) == nil)
    #expect(tables.value(in: "nope", for: .int(7)) == nil)
}

import Testing
@testable import WaybillExpressions

@Test func stringIntoANumberFieldIsCaughtWithColumn() {
    let result = Expressions.compile("concat(name, '!')", in: recordEnvironment, expecting: .decimal)
    #expect(result.diagnostics.map(\.code) == ["X013"])
    #expect(result.diagnostics.first?.range == 0..<17)
    #expect(result.expression == nil)
}

@Test func decimalComparedWithStringIsAnError() {
    let result = Expressions.compile("voided || weight > '10'", in: recordEnvironment)
    #expect(result.diagnostics.map(\.code) == ["X011"])
    #expect(result.diagnostics.first?.range == 10..<23)
    #expect(result.diagnostics.first?.suggestion == "convert with to_decimal(…) or to_string(…)")
}

@Test(arguments: ["shipDate == createdAt", "createdAt - shipDate", "shipDate >= now()"])
func naiveAndZonedDoNotMix(_ source: String) {
    let result = Expressions.compile(source, in: recordEnvironment)
    #expect(result.diagnostics.map(\.code) == ["X012"])
    #expect(result.diagnostics.first?.suggestion == "convert with to_utc(x, 'America/Los_Angeles')")
}

@Test func convertedNaiveComparesWithZoned() {
    let result = Expressions.compile("to_utc(shipDate, 'America/Los_Angeles') < createdAt", in: recordEnvironment)
    #expect(result.diagnostics.isEmpty)
    #expect(result.type == .bool)
}

@Test(arguments: [
    ("weight * 35.274", ExprType.decimal),
    ("quantity * 2", .int),
    ("quantity / 2", .decimal),
    ("quantity + weight", .decimal),
    ("partner_id.email", .optional(.string)),
    ("partner_id.email ?? ''", .string),
    ("shipments[0].trackingNumber", .string),
    ("map(group, s => s.shipmentCost)", .list(.decimal)),
    ("sum(map(group, s => s.shipmentCost))", .decimal),
    ("join(map(group, s => s.trackingNumber), ',')", .string),
    ("filter(shipments, s => s.shipmentCost > 0)", .list(.object(ObjectShape(fields: ["trackingNumber": .string, "shipmentCost": .decimal])))),
    ("first(shipments).trackingNumber", .optional(.string)),
    ("lookup('warehouses', name)", .int),
    ("lookup('warehouses', name, null)", .optional(.int)),
    ("voided ? 1 : 2.5", .decimal),
    ("payload.anything.deep", .any),
    ("[1, 2.5]", .list(.decimal)),
    ("to_utc(shipDate, 'UTC')", .datetime),
])
func inferredTypes(_ source: String, _ type: ExprType) {
    let result = Expressions.compile(source, in: recordEnvironment)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.type == type)
}

@Test(arguments: [
    "!weight", "voided && name", "voided ? 1 : 'x'", "-name", "[1, 'x']", "'a' in 5", "sum(name)",
    "min(name, 1)", "filter(shipments, s => s.shipmentCost)", "count(shipments, s => s.trackingNumber)",
])
func rejectedOperands(_ source: String) {
    let result = Expressions.compile(source, in: recordEnvironment)
    #expect(result.hasErrors, "\(source) should not compile")
    #expect(result.expression == nil)
}

@Test func lambdaParametersShadowAndResolve() {
    let result = Expressions.compile("map(shipments, name => name.trackingNumber)", in: recordEnvironment)
    #expect(result.diagnostics.isEmpty)
    #expect(result.type == .list(.string))
    let typo = Expressions.compile("map(shipments, s => s.trackingNumbr)", in: recordEnvironment)
    #expect(typo.diagnostics.first?.suggestion == "did you mean `trackingNumber`?")
    #expect(typo.diagnostics.first?.range == 22..<35)
}

@Test(arguments: [
    ("string", ExprType.string), ("decimal?", .optional(.decimal)), ("list(naive_datetime)", .list(.naiveDateTime)),
    ("list(int)?", .optional(.list(.int))), ("object", .openObject), ("number", .decimal),
])
func typeNamesParse(_ text: String, _ type: ExprType) {
    #expect(ExprType(parsing: text) == type)
}

@Test func unknownTypeNamesDoNotParse() {
    #expect(ExprType(parsing: "strng") == nil)
    #expect(ExprType(parsing: "list(") == nil)
}

import Foundation
import Testing
@testable import WaybillExpressions

private let env = ExpressionEnvironment(variables: ["orderNumber": .string, "id": .int, "total": .decimal, "note": .optional(.string)])

private func render(_ template: String, _ variables: [String: Value]) throws -> Value {
    let result = Expressions.compileTemplate(template, in: env)
    let compiled = try #require(result.expression, "\(result.diagnostics)")
    return try compiled.evaluate(EvaluationContext(variables: variables))
}

@Test func interpolatesValues() throws {
    #expect(try render("shipstation:order:${orderNumber}", ["orderNumber": .string("SO042")]) == .string("shipstation:order:SO042"))
    #expect(try render("woocommerce:order:${id}/${total * 2}", ["id": .int(7), "total": .string("1.25")])
            == .string("woocommerce:order:7/2.5"))
    #expect(try render("plain text", [:]) == .string("plain text"))
    #expect(try render("", [:]) == .string(""))
}

@Test func escapesAndNestedBraces() throws {
    #expect(try render("cost $${total} is ${total}", ["total": .int(3)]) == .string("cost ${total} is 3"))
    #expect(try render("${len({a: 1, b: '}'})}", [:]) == .string("2"))
    #expect(try render("${note ?? 'none'}", ["note": .null]) == .string("none"))
}

@Test func nullInterpolationIsAnError() throws {
    #expect(throws: EvaluationError.self) { try render("x:${note}", ["note": .null]) }
}

@Test func diagnosticsPointInsideTheTemplate() {
    let result = Expressions.compileTemplate("order:${ordrNumber}:${lowr(id)}", in: env)
    #expect(result.diagnostics.map(\.code) == ["X006", "X008"])
    #expect(result.diagnostics.map(\.range) == [8..<18, 22..<26])
    #expect(result.diagnostics.first?.suggestion == "did you mean `orderNumber`?")
    let syntax = Expressions.compileTemplate("a ${1 +} b", in: env)
    #expect(syntax.diagnostics.map(\.code) == ["X004"])
    #expect(syntax.diagnostics.first?.range == 7..<7)
}

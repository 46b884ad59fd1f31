import Foundation
import Testing
@testable import WaybillExpressions

/// One documented example of one function.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let function: String
    let example: FunctionExample
    var testDescription: String { example.source }
}

let allExamples: [ExampleCase] = StandardFunctions.all.flatMap { definition in
    definition.examples.map { ExampleCase(function: definition.name, example: $0) }
}

/// The environment the examples are documented to run in.
let exampleEnvironment = ExpressionEnvironment(tables: ["carriers": LookupTableType(valueType: .string)])
let exampleContext = EvaluationContext(
    variables: [:],
    tables: InMemoryLookupTables(["carriers": [.string("ups"): .string("UPS Ground"), .string("fedex"): .string("FedEx")]]),
    now: Date(timeIntervalSince1970: 1_710_066_600))

@Test(arguments: allExamples)
func functionExample(_ testCase: ExampleCase) throws {
    let result = Expressions.compile(testCase.example.source, in: exampleEnvironment)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let compiled = try #require(result.expression)
    switch testCase.example.expected {
    case .value(let expected):
        let value = try compiled.evaluate(exampleContext)
        #expect(value == expected)
    case .failure(let kind):
        #expect {
            _ = try compiled.evaluate(exampleContext)
        } throws: { error in
            (error as? EvaluationError)?.kind == kind
        }
    }
}

@Test(arguments: StandardFunctions.all.map(\.name))
func everyFunctionHasExamples(_ name: String) throws {
    let definition = try #require(FunctionRegistry.standard[name])
    #expect(definition.examples.count >= 2)
    #expect(definition.examples.contains { $0.source.contains("\(name)(") })
}

@Test func registryHasTheRequiredFunctions() {
    let required = ["lower", "upper", "trim", "concat", "split", "replace", "pad_left", "pad_right", "substring",
                    "contains", "starts_with", "ends_with", "len", "length", "join", "sum", "count", "min", "max",
                    "first", "last", "distinct", "map", "filter", "any", "all", "round", "floor", "ceil", "abs",
                    "to_int", "to_decimal", "to_string", "convert_weight", "lookup", "parse_time", "to_utc",
                    "format_time", "now", "date", "coalesce", "is_null", "is_empty"]
    for name in required { #expect(FunctionRegistry.standard[name] != nil, "missing \(name)") }
}

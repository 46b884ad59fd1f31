import Foundation
import WaybillExpressions

// Measures compiled-expression evaluation on one core: `swift run -c release ExpressionsBenchmark [count]`.

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5_000_000

let shape = ObjectShape(fields: ["name": .string, "weight": .decimal, "qty": .int, "sku": .string])
let environment = ExpressionEnvironment(variables: [
    "record": .object(shape), "weight": .decimal, "qty": .int,
    "group": .list(.object(ObjectShape(fields: ["trackingNumber": .string, "shipmentCost": .decimal]))),
])
let record = Value.object(["name": .string("Widget"), "weight": .decimal(DecimalValue(significand: 125, exponent: -1)),
                           "qty": .int(3), "sku": .string("W-1")])
let group = Value.list((0..<3).map { i in
    .object(["trackingNumber": .string("1Z\(i)"), "shipmentCost": .decimal(DecimalValue(significand: 1_250 + Int64(i), exponent: -2))])
})
let context = EvaluationContext(variables: [
    "record": record, "weight": .decimal(DecimalValue(significand: 125, exponent: -1)), "qty": .int(3), "group": group,
])

struct Case {
    let label: String
    let source: String
    let template: Bool
    let iterations: Int
}

let cases = [
    Case(label: "field path", source: "record.name", template: false, iterations: count),
    Case(label: "decimal multiply", source: "weight * 35.274", template: false, iterations: count),
    Case(label: "int arithmetic", source: "qty * 2 + 1", template: false, iterations: count),
    Case(label: "nested field * const", source: "record.weight * 35.274", template: false, iterations: count),
    Case(label: "template", source: "order:${record.sku}:${qty}", template: true, iterations: count / 5),
    Case(label: "join(map(group))", source: "join(map(group, s => s.trackingNumber), ',')", template: false,
         iterations: count / 10),
    Case(label: "sum(map(group))", source: "sum(map(group, s => s.shipmentCost))", template: false, iterations: count / 10),
]

print("Evaluations on one core (release build), \(ProcessInfo.processInfo.activeProcessorCount) cores visible")
print("| expression | evaluations | seconds | evaluations/s | ns/evaluation |")
print("|---|---:|---:|---:|---:|")
var checksum = 0
for testCase in cases {
    let result = testCase.template
        ? Expressions.compileTemplate(testCase.source, in: environment)
        : Expressions.compile(testCase.source, in: environment)
    guard let compiled = result.expression else {
        print("compile failed: \(testCase.source): \(result.diagnostics)")
        exit(1)
    }
    let clock = ContinuousClock()
    var failures = 0
    let elapsed = clock.measure {
        for _ in 0..<testCase.iterations {
            do {
                let value = try compiled.evaluate(context)
                if case .null = value { checksum &+= 1 }
            } catch {
                failures += 1
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = Double(testCase.iterations) / seconds
    print("| `\(testCase.source)` | \(testCase.iterations) | \(String(format: "%.3f", seconds)) | "
          + "\(String(format: "%.2f", rate / 1e6))M | \(String(format: "%.0f", seconds / Double(testCase.iterations) * 1e9)) |")
    if failures > 0 { print("  \(failures) evaluation errors") }
}
if checksum == -1 { print(checksum) }

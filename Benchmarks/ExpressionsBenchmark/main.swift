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

/// CPU time consumed by this thread, in seconds (excludes time spent waiting for a core).
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
print("Evaluations on one thread (release build); \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load)")
print("| expression | evaluations | wall s | CPU s | evaluations/s (CPU) | ns/evaluation (CPU) |")
print("|---|---:|---:|---:|---:|---:|")
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
    let cpuStart = threadCPUSeconds()
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
    let cpu = threadCPUSeconds() - cpuStart
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = Double(testCase.iterations) / cpu
    print("| `\(testCase.source)` | \(testCase.iterations) | \(String(format: "%.2f", wall)) | \(String(format: "%.2f", cpu)) | "
          + "\(String(format: "%.2f", rate / 1e6))M | \(String(format: "%.0f", cpu / Double(testCase.iterations) * 1e9)) |")
    if failures > 0 { print("  \(failures) evaluation errors") }
}
if checksum == -1 { print(checksum) }

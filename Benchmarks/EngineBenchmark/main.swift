import Foundation
import WaybillEngine
import WaybillExpressions
import WaybillSandbox
import WaybillSimulators
import WaybillStore

// End-to-end engine benchmarks over real HTTP (docs/performance-engine.md):
//
//   EngineBenchmark throughput [RECORDS] [WORKERS]
//     RECORDS Odoo products polled from one Odoo simulator and written (match by SKU, then create)
//     into a second one: no rate limit binds. Prints records/s.
//   EngineBenchmark ratelimit [PRODUCTS]
//     The bundled odoo-shipstation products flow against the ShipStation simulator (40 requests
//     per minute per key, real clock): prints the achieved V1 call rate and the 429s received.

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func throughput(records: Int, workers: Int) async throws {
    let source = OdooSimulator(version: .v19)
    let target = OdooSimulator(version: .v19)
    source.seedDemoData()
    target.seedDemoData()
    var batch: [OdooValue] = []
    for index in 1...records {
        batch.append(["name": .string("Bench product \(index)"), "default_code": .string("BENCH-\(index)"),
                      "list_price": .double(Double(index % 97) + 0.5)])
        if batch.count == 1000 || index == records {
            _ = try source.instance.executeKw(model: "product.product", method: "create", args: [.array(batch)])
            batch.removeAll()
        }
    }
    let sourceServer = SimulatorServer(simulator: source)
    let targetServer = SimulatorServer(simulator: target)
    let sourceURL = try await sourceServer.start()
    let targetURL = try await targetServer.start()
    let key = OdooCredentials().apiKey
    let clients = ClientDirectory([
        "odoo": try ConnectorClientFactory.odooClient(baseURL: sourceURL, database: "waybill", login: "admin", apiKey: key),
        "mirror": try ConnectorClientFactory.odooClient(system: "mirror", baseURL: targetURL, database: "waybill",
                                                        login: "admin", apiKey: key),
    ])
    let flow = FlowProgram(
        name: "mirror-products", sourceSystem: "odoo",
        poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60),
                          domain: [Condition(field: "default_code", op: "=like", value: .string("BENCH-%"))],
                          fields: ["id", "default_code", "name", "list_price", "write_date"],
                          cursor: CursorProgram(lookback: .seconds(600)), pageSize: 500),
        steps: [StepProgram(
            name: "product", system: "mirror", target: "product.product", operation: .create,
            match: [ConditionProgram(field: "default_code", op: "=", value: try EngineExpression("default_code"))],
            values: [("default_code", try EngineExpression("default_code")), ("name", try EngineExpression("name")),
                     ("list_price", try EngineExpression("list_price"))])],
        identity: try .template("odoo:product:${id}"), version: try EngineExpression("write_date"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engine-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStateStore(path: folder.appendingPathComponent("bench.sqlite").path)
    let engine = Engine(flows: [flow], tenants: [TenantRuntime(name: "bench", clients: clients)], store: store,
                        configuration: EngineConfiguration(workers: workers, owner: "bench", idleWait: .milliseconds(5)))
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try await engine.runOnce(clock: clock, now: { Date() })
    let elapsed = seconds(clock.now - start)
    let written = try target.instance.executeKw(model: "product.product", method: "search_count",
                                                args: [[["default_code", "=like", "BENCH-%"]]]).intValue ?? 0
    print(String(format: "throughput: %d records polled, %d succeeded, %d dead, %d written to the target in %.2f s = %.0f records/s (%d workers)",
                 summary.polls.first?.read ?? 0, summary.succeeded, summary.deadLettered, written, elapsed,
                 Double(summary.succeeded) / elapsed, workers))
    await sourceServer.stop()
    await targetServer.stop()
    try? FileManager.default.removeItem(at: folder)
}

func rateLimit(products: Int) async throws {
    let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-shipstation"], seedDemoData: true))
    guard let shipStation = sandbox.simulators.shipStation else { return }
    for index in 1...products {
        let sku = "RATE-\(index)"
        _ = try sandbox.simulators.odoo.instance.executeKw(model: "product.product", method: "create", args: [[
            "name": .string("Rate product \(index)"), "default_code": .string(sku), "weight": 0.5]])
        shipStation.environment.records.put("products", id: String(90_000 + index), [
            "productId": .int(90_000 + index), "sku": .string(sku), "name": "old", "weightOz": nil, "active": true])
    }
    let clock = ContinuousClock()
    let start = clock.now
    let started = Date()
    let summary = try await sandbox.runOnce(["shipstation-products"])
    let elapsed = seconds(clock.now - start)
    let calls = shipStation.environment.calls.calls.filter { !$0.path.hasPrefix("/v2/") && $0.time >= started }
    let ok = calls.filter { (200..<300).contains($0.status) }.count
    let limited = calls.filter { $0.status == 429 }.count
    // The limit allows 40 calls in each 60 s window; the first window opens at the first call.
    let windows = (elapsed / 60).rounded(.up)
    let allowed = min(Double(calls.count), 40 * windows)
    let perMinute = Double(ok) / elapsed * 60
    print(String(format: "ratelimit: %d V1 calls (%d ok, %d answered 429) in %.1f s = %.1f calls/min against 40/min (%.0f%%); jobs %d ok, %d dead; allowed by the windows used: %.0f",
                 calls.count, ok, limited, elapsed, perMinute, perMinute / 40 * 100, summary.succeeded,
                 summary.deadLettered, allowed))
    await sandbox.stop()
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "throughput":
    let records = arguments.dropFirst().first.flatMap { Int($0) } ?? 5000
    let workers = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 8
    try await throughput(records: records, workers: workers)
case "ratelimit":
    try await rateLimit(products: arguments.dropFirst().first.flatMap { Int($0) } ?? 60)
default:
    print("usage: EngineBenchmark throughput [RECORDS] [WORKERS] | ratelimit [PRODUCTS]")
}

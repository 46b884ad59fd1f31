import Crypto
import Glibc
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import WaybillConnectors
import WaybillEngine
import WaybillExpressions
import WaybillLogging
import WaybillServer
import WaybillStore

// Webhook intake benchmark server: `WebhookIntakeBenchmark DB REQUESTS_FILE COUNT [PORT] [MODE]`.
// Writes COUNT distinct signed WooCommerce-style deliveries (delivery id, signature, body per
// line) for Benchmarks/server/webhook-intake.lua, then serves POST /webhooks/bench/woo on
// 127.0.0.1:PORT with the production intake (HMAC check, group commit, synchronous=FULL SQLite)
// until SIGINT/SIGTERM, and prints the commit statistics and the process's CPU time per request.
// MODE `intake` (default) is the production intake; `no-commit` verifies, parses and shapes the
// jobs but answers without committing; `bare` only checks the HMAC: the two comparisons show
// where the CPU goes. MODE `steps` times the intake's steps (verify, parse, job shaping, audit
// rendering) in a hot loop, one request at a time, and exits.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: WebhookIntakeBenchmark DB REQUESTS_FILE COUNT [PORT]\n".utf8))
    exit(2)
}
let port = arguments.count > 4 ? Int(arguments[4]) ?? 8089 : 8089
let mode = arguments.count > 5 ? arguments[5] : "intake"
let secret = "bench-webhook-secret"
/// Requests answered by the comparison modes.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// User + system CPU seconds of this process so far.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The comparison route: the HMAC check alone (`bare`), or also the parse and job shaping
/// (`no-commit`), answering 200 without touching the store.
func comparisonRouter(verifier: WebhookVerifier, engine: Engine, shapeJobs: Bool, answered: Counter)
    -> Router<BasicRequestContext>
{
    let router = Router()
    router.post("/webhooks/bench/woo") { request, _ -> Response in
        let body = try await request.body.collect(upTo: 1 << 20)
        let bytes = Array(body.readableBytesView)
        var headers = WaybillConnectors.HTTPHeaders()
        for field in request.headers { headers.add(field.name.canonicalName, field.value) }
        guard verifier.verify(headers: headers, body: bytes, now: Date()) == .verified else {
            return Response(status: .unauthorized)
        }
        if shapeJobs {
            let value = try Value(jsonData: Data(bytes))
            let jobs = try engine.webhookJobs(flow: "orders", tenant: "bench", body: value,
                                              deliveryID: headers["X-WC-Webhook-Delivery-ID"] ?? "", now: Date())
            _ = JobAudit.received(jobs, fields: ["trigger": "webhook"], at: Date())
        }
        answered.add()
        return Response(status: .ok)
    }
    return router
}
var lines: [String] = []
lines.reserveCapacity(count)
for index in 0..<count {
    let body = #"{"id":\#(index),"status":"processing","date_modified":"2026-05-01T10:00:00","total":"19.90"}"#
    let mac = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
    lines.append("d-\(index)\t\(Data(mac).base64EncodedString())\t\(body)")
}
try lines.joined(separator: "\n").appending("\n").write(toFile: arguments[2], atomically: true, encoding: .utf8)

let store = try SQLiteStateStore(path: arguments[1])
if mode == "steps" {
    let flow = FlowProgram(name: "orders", sourceSystem: "woo", steps: [], identity: try .template("woo:order:${id}"),
                           version: try EngineExpression("date_modified"))
    let engine = Engine(flows: [flow], tenants: [TenantRuntime(name: "bench", clients: ClientDirectory([:]))], store: store)
    let verifier = WebhookVerifier(scheme: .hmacSHA256(header: "X-WC-Webhook-Signature", encoding: .base64, prefix: nil,
                                                       secret: Secret(secret)))
    let parts = lines[7].split(separator: "\t", maxSplits: 2).map(String.init)
    var headers = WaybillConnectors.HTTPHeaders()
    headers.add("Content-Type", "application/json"); headers.add("X-WC-Webhook-Delivery-ID", parts[0])
    headers.add("X-WC-Webhook-Signature", parts[1]); headers.add("Host", "127.0.0.1:8089")
    let bytes = Array(parts[2].utf8)
    let n = 200_000
    let only = ProcessInfo.processInfo.environment["STEP"]
    func time(_ name: String, _ body: () throws -> Void) rethrows {
        if let only, only != name { return }
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<n { try body() }
        let ns = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(n)
        print(String(format: "%@: %.2f µs", name, ns / 1000))
    }
    let now = Date()
    time("verify") { precondition(verifier.verify(headers: headers, body: bytes, now: now) == .verified) }
    try time("parse") { _ = try Value(jsonData: Data(bytes)) }
    let value = try Value(jsonData: Data(bytes))
    try time("webhookJobs") { _ = try engine.webhookJobs(flow: "orders", tenant: "bench", body: value, deliveryID: parts[0], now: now) }
    let jobs = try engine.webhookJobs(flow: "orders", tenant: "bench", body: value, deliveryID: parts[0], now: now)
    time("received") { _ = JobAudit.received(jobs, fields: ["trigger": "webhook", "delivery": parts[0]], at: now) }
    time("header lookup") { _ = headers["X-WC-Webhook-Delivery-ID"] }
    exit(0)
}
let flow = FlowProgram(name: "orders", sourceSystem: "woo", steps: [], identity: try .template("woo:order:${id}"),
                       version: try EngineExpression("date_modified"))
let engine = Engine(flows: [flow], tenants: [TenantRuntime(name: "bench", clients: ClientDirectory([:]))], store: store)
let committer = GroupCommitter(store: store)
let route = WebhookRoute(
    tenant: "bench", system: "woo",
    verifier: WebhookVerifier(scheme: .hmacSHA256(header: "X-WC-Webhook-Signature", encoding: .base64, prefix: nil,
                                                  secret: Secret(secret))),
    targets: [.init(flow: "orders")], deliveryID: .header("X-WC-Webhook-Delivery-ID"))
let intake = WebhookIntake(routes: [route], engine: engine, committer: committer)
// The daemon's handler (`waybill run` uses it too).
let logger = LazyLogHandler.logger(label: "bench", level: .warning)
let answered = Counter()
let cpuAtStart = processCPUSeconds()
// As in `waybill run`: WAL checkpoints in the background, not inside the commits answers wait for.
let checkpointer = try WALCheckpointer(store: store)
let checkpoints = Task { await checkpointer.run() }
/// Serves `responder` until SIGINT/SIGTERM.
func serve<Responder: HTTPResponder>(_ responder: Responder) async throws where Responder.Context == BasicRequestContext {
    let app = Application(responder: responder,
                          configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
    print("listening on 127.0.0.1:\(port)")
    fflush(nil)
    try await ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                                                logger: logger)).run()
}
switch mode {
case "bare", "no-commit":
    // The comparison routes go through the Hummingbird router, as "a bare Hummingbird route" does.
    try await serve(comparisonRouter(verifier: route.verifier, engine: engine, shapeJobs: mode == "no-commit",
                                     answered: answered).buildResponder())
default:
    // As in `waybill run`.
    try await serve(ServerRoutes(intake: intake).responder())
}
checkpoints.cancel()
await checkpoints.value
let commits = await committer.commitCount
let requests = mode == "intake" ? await committer.requestCount : answered.value
let cpu = processCPUSeconds() - cpuAtStart
print(String(format: "mode %@: server CPU %.2f s while serving, %.1f µs per request", mode, cpu,
             requests == 0 ? 0 : cpu / Double(requests) * 1e6))
let jobs = try await store.jobCounts().reduce(0) { $0 + $1.count }
print("commits \(commits), requests \(requests), jobs \(jobs), requests/commit \(commits == 0 ? 0 : requests / commits)")

import Crypto
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import WaybillConnectors
import WaybillEngine
import WaybillServer
import WaybillStore

// Webhook intake benchmark server: `WebhookIntakeBenchmark DB REQUESTS_FILE COUNT [PORT]`.
// Writes COUNT distinct signed WooCommerce-style deliveries (delivery id, signature, body per
// line) for Benchmarks/server/webhook-intake.lua, then serves POST /webhooks/bench/woo on
// 127.0.0.1:PORT with the production intake (HMAC check, group commit, synchronous=FULL SQLite)
// until SIGINT/SIGTERM, and prints the commit statistics.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: WebhookIntakeBenchmark DB REQUESTS_FILE COUNT [PORT]\n".utf8))
    exit(2)
}
let port = arguments.count > 4 ? Int(arguments[4]) ?? 8089 : 8089
let secret = "bench-webhook-secret"
var lines: [String] = []
lines.reserveCapacity(count)
for index in 0..<count {
    let body = #"{"id":\#(index),"status":"processing","date_modified":"2026-05-01T10:00:00","total":"19.90"}"#
    let mac = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
    lines.append("d-\(index)\t\(Data(mac).base64EncodedString())\t\(body)")
}
try lines.joined(separator: "\n").appending("\n").write(toFile: arguments[2], atomically: true, encoding: .utf8)

let store = try SQLiteStateStore(path: arguments[1])
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
var logger = Logger(label: "bench")
logger.logLevel = .warning
let app = Application(router: ServerRoutes(intake: intake).router(),
                      configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
print("listening on 127.0.0.1:\(port)")
try await ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                                            logger: logger)).run()
let commits = await committer.commitCount
let requests = await committer.requestCount
let jobs = try await store.jobCounts().reduce(0) { $0 + $1.count }
print("commits \(commits), requests \(requests), jobs \(jobs), requests/commit \(commits == 0 ? 0 : requests / commits)")

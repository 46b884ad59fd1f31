import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// The ShipStation webhook route: V1 webhooks are unsigned, so the URL carries a secret path
/// token; the pointer (`resource_url`) is only dereferenced on ShipStation's own host.
@Suite("ShipStation webhook security")
struct ShipStationWebhookSecurityTests {
    static func post(_ url: String, _ body: JSONValue) async throws -> Int {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body.serialized()
        let (_, response) = try await URLSession.shared.data(for: request)
        return try #require((response as? HTTPURLResponse)?.statusCode)
    }

    @Test("a webhook with a wrong or missing path token is refused and queues nothing")
    func wrongToken() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        let base = "\(pair.sandbox.daemonURL)/webhooks/acme/shipstation"
        let body: JSONValue = ["resource_url": .string("\(pair.ship.environment.baseURL)/shipments?batchId=1"),
                               "resource_type": "SHIP_NOTIFY"]
        for url in ["\(base)/wrong-token", base, "\(base)/\(pair.sandbox.pathToken)x"] {
            let status = try await Self.post(url, body)
            #expect([401, 404].contains(status), "\(url) → \(status)")
        }
        let counts = try await pair.sandbox.store.jobCounts()
        #expect(counts.reduce(0) { $0 + $1.count } == 0)
        #expect(!pair.calls.contains { $0.path == "/shipments" })
        // The right token is accepted.
        #expect(try await Self.post(pair.sandbox.webhookURL(system: "shipstation"), body) == 200)
    }

    @Test("a resource_url on a foreign host is never fetched: rejected and audited")
    func foreignHost() async throws {
        let pair = try await ShipStationPair.start()
        defer { Task { await pair.stop() } }
        // A lookalike on another port of the same machine: it must not be called either.
        let decoy = ShipStationSimulator()
        let server = SimulatorServer(simulator: decoy)
        try await server.start()
        defer { Task { await server.stop() } }
        let foreign = "\(decoy.environment.baseURL)/shipments?batchId=900003"
        let deliveries = try await pair.sandbox.fire("shipstation", topic: "SHIP_NOTIFY",
                                                     payload: ["resource_url": .string(foreign), "resource_type": "SHIP_NOTIFY"])
        #expect(deliveries.map(\.responseStatus) == [200])
        try await pair.sandbox.drain()

        #expect(decoy.environment.calls.calls.isEmpty)
        #expect(!pair.calls.contains { $0.path == "/shipments" })
        let rejected = try await pair.sandbox.audit().filter { $0.kind == .rejected }
        #expect(rejected.contains { $0.detail.contains("resource_url") })
        let dead = try await pair.sandbox.deadLetters()
        #expect(dead.count == 1)
        #expect((dead.first?.lifecycle.lastError ?? "").contains("foreign host"))
    }
}

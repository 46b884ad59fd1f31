import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Issue 5, ShipBob 1: PAT and OAuth2 with rotating refresh tokens; `shipbob_channel_id` on
/// every call; inbound events of another channel refused and audited.
@Suite("ShipBob 1: auth and channel", .serialized)
struct ShipBobAuthTests {
    /// Touches an Odoo product so the next products poll has work (and ShipBob calls to make).
    static func touchProduct(_ sandbox: Sandbox, name: String) throws {
        let odoo = sandbox.simulators.odoo
        let desk = try ShipBobFixtures.ids(odoo, "product.product", [["default_code", "=", "FURN_0096"]])
        try ShipBobFixtures.write(odoo, "product.product", desk, ["name": .string(name)])
    }

    static func expectChannelOnEveryCall(_ bob: ShipBobSimulator) {
        let calls = ShipBobFixtures.apiCalls(bob)
        #expect(!calls.isEmpty)
        for call in calls {
            #expect(call.headers["shipbob_channel_id"] == ShipBobFixtures.channel, "\(call.method) \(call.path)")
            #expect((200..<300).contains(call.status), "\(call.method) \(call.path) → \(call.status)")
        }
    }

    @Test("a personal access token: every call is authorized and carries shipbob_channel_id; no token exchange")
    func personalAccessToken() async throws {
        let sandbox = try await ShipBobFixtures.start(auth: .pat)
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        try await sandbox.runOnce(["shipbob-products"])
        Self.expectChannelOnEveryCall(bob)
        #expect(ShipBobFixtures.apiCalls(bob).contains { $0.method == "POST" && $0.path == "/2026-01/product" })
        #expect(bob.environment.calls.calls.filter { $0.path == "/connect/token" }.isEmpty)
    }

    @Test("OAuth2: refreshed before the hour ends, the rotated refresh token stored and the old one dead")
    func oauthRefresh() async throws {
        let start = Date()
        // ShipBob's clock decides token expiry; Odoo's moves with it so touched products get new write dates.
        let sandbox = try await ShipBobFixtures.start(auth: .oauth2, manualClocks: ["shipbob": start, "odoo": start])
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let name = "shipbob/acme/refresh_token"
        let first = sandbox.secrets.value(name)
        #expect(first.hasPrefix("sb_rt_"))
        func tokenCalls() -> [CallRecord] {
            bob.environment.calls.calls.filter { $0.path == "/connect/token" && $0.status == 200 }
        }
        #expect(tokenCalls().count == 1)  // the sandbox's one-time code exchange

        try await sandbox.runOnce(["shipbob-products"])
        #expect(tokenCalls().count == 2)
        let second = sandbox.secrets.value(name)
        #expect(second.hasPrefix("sb_rt_") && second != first)
        // The old refresh token no longer works at the token endpoint.
        let form = "grant_type=refresh_token&refresh_token=\(first)&client_id=\(bob.clientID)&client_secret=\(bob.clientSecret)"
        var request = URLRequest(url: try #require(URL(string: bob.environment.baseURL + "/connect/token")))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(form.utf8)
        let (_, answer) = try await URLSession.shared.data(for: request)
        #expect((answer as? HTTPURLResponse)?.statusCode == 400)

        // 54 minutes later the access token is still used; at 56 (within 5 minutes of its hour)
        // it is refreshed before any call fails.
        func advance(minutes: Double) {
            bob.environment.clock.advance(by: minutes * 60)
            sandbox.simulators.odoo.environment.clock.advance(by: minutes * 60)
        }
        advance(minutes: 54)
        try Self.touchProduct(sandbox, name: "Desk at 54 minutes")
        try await sandbox.runOnce(["shipbob-products"])
        #expect(tokenCalls().count == 2)
        #expect(ShipBobFixtures.records(bob, "products", "sku", "FURN_0096").first?["name"] == "Desk at 54 minutes")
        advance(minutes: 2)
        try Self.touchProduct(sandbox, name: "Desk at 56 minutes")
        try await sandbox.runOnce(["shipbob-products"])
        #expect(tokenCalls().count == 3)
        let third = sandbox.secrets.value(name)
        #expect(third.hasPrefix("sb_rt_") && third != second)
        #expect(ShipBobFixtures.records(bob, "products", "sku", "FURN_0096").first?["name"] == "Desk at 56 minutes")
        Self.expectChannelOnEveryCall(bob)
        #expect(bob.environment.calls.count(status: 401) == 0)
    }

    @Test("a signed event naming another channel is refused 403, audited, and writes nothing")
    func channelMismatch() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = try #require(sandbox.simulators.shipBob)
        let order = try #require(bob.environment.records.all("orders").first)
        var shipped = try #require(bob.shipOrder(id: order["id"]?.stringValue ?? "")).publicView
        shipped["channel"] = ["id": 999_999, "name": "Another store"]
        let answers = try await sandbox.fire("shipbob", topic: "order.shipped", payload: shipped)
        #expect(answers.map(\.responseStatus) == [403])
        #expect(try await sandbox.store.jobCounts().reduce(0) { $0 + $1.count } == 0)
        let rejected = try await sandbox.audit().filter { $0.kind == .rejected }
        #expect(rejected.count == 1)
        #expect(rejected.first?.detail.contains("channel_mismatch") == true)
        #expect(rejected.first?.detail.contains("999999") == true)
        // The same event for the connection's channel is accepted.
        shipped["channel"] = ["id": .int(bob.channelID), "name": "Waybill Demo Store"]
        let accepted = try await sandbox.fire("shipbob", topic: "order.shipped", payload: shipped)
        #expect(accepted.map(\.responseStatus) == [200])
    }
}

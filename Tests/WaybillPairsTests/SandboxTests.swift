import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// The sandbox itself: every pack compiles against simulator connections, the webhook server
/// answers, and a forged webhook is refused.
@Suite("Sandbox")
struct SandboxTests {
    @Test("all four packs start together; each webhook route exists")
    func allPacks() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(
            packs: ["odoo-shipstation", "odoo-shipbob", "odoo-woocommerce", "odoo-shopify"]))
        defer { Task { await sandbox.stop() } }
        for system in ["shipstation", "shipbob", "woocommerce", "shopify"] {
            #expect(sandbox.intake.route(tenant: "acme", system: system) != nil, "\(system)")
        }
        #expect(sandbox.webhookURL(system: "shipstation").hasSuffix("/\(sandbox.pathToken)"))
        let flows = Set(sandbox.plan.flows.map(\.definition.name))
        #expect(flows.count >= 20)
    }

    @Test("a forged Shopify webhook is answered 401 and queues nothing")
    func forged() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-shopify"]))
        defer { Task { await sandbox.stop() } }
        let orders = sandbox.simulators.shopify?.environment.records.all("orders") ?? []
        let id = try #require(orders.first?["id"]?.intValue)
        let deliveries = try await sandbox.fire("shopify", topic: "orders/create", resourceID: String(id), badSignature: true)
        #expect(deliveries.map { $0.responseStatus } == [401])
        let counts = try await sandbox.store.jobCounts()
        #expect(counts.reduce(0) { $0 + $1.count } == 0)
    }
}

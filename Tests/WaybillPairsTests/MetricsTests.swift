import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox

/// `/metrics` of the daemon's server counts the engine's calls per tenant and system, and the
/// webhooks accepted and refused.
@Suite("Daemon metrics")
struct MetricsTests {
    @Test("calls per system and webhook counters appear after a delivery is processed")
    func callsCounted() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-woocommerce"]))
        defer { Task { await sandbox.stop() } }
        try await sandbox.fire("woocommerce", topic: "customer.created")
        try await sandbox.fire("woocommerce", topic: "customer.created", badSignature: true)
        let summary = try await sandbox.drain()
        #expect(summary.succeeded + summary.deadLettered >= 1)
        let url = try #require(URL(string: sandbox.daemonURL + "/metrics"))
        let (data, _) = try await URLSession.shared.data(from: url)
        let text = String(decoding: data, as: UTF8.self)
        let odooCalls = text.split(separator: "\n").first { $0.hasPrefix("waybill_calls_total{tenant=\"acme\",system=\"odoo\"}") }
        let count = try #require(odooCalls.flatMap { Int($0.split(separator: " ").last ?? "") })
        // Every exchange with the Odoo simulator (version detection included) is one counted call.
        let made = sandbox.simulators.odoo.environment.calls.calls.count
        #expect(count == made, "\(text)")
        #expect(text.contains("waybill_webhooks_accepted_total{system=\"woocommerce\",tenant=\"acme\"} 1"))
        #expect(text.contains("waybill_webhooks_rejected_total{"))
    }
}

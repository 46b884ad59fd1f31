import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

@Suite("Probe") struct ScratchProbe {
    @Test func probe() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(
            packs: ["odoo-shipstation", "odoo-shipbob", "odoo-woocommerce", "odoo-shopify"]))
        defer { Task { await sandbox.stop() } }
        let polls = ["shipstation-products", "shipstation-inventory", "shipstation-deliveries", "shipstation-receipts",
                     "shipbob-products", "shipbob-purchase-orders", "shopify-inventory", "shopify-products",
                     "shopify-fulfillments", "woocommerce-customers"]
        for flow in polls {
            do {
                let s = try await sandbox.runOnce([flow])
                print("PROBE \(flow): read=\(s.polls.map(\.read)) ok=\(s.succeeded) dead=\(s.deadLettered) retried=\(s.retried)")
            } catch { print("PROBE \(flow): ERROR \(error)") }
        }
        for (system, topic) in [("shopify", "orders/create"), ("woocommerce", "order.created"), ("woocommerce", "customer.created"), ("shipbob", "order.shipped")] {
            do {
                let d = try await sandbox.fire(system, topic: topic)
                let s = try await sandbox.drain()
                print("PROBE \(system) \(topic): status=\(d.map { $0.responseStatus ?? -1 }) ok=\(s.succeeded) dead=\(s.deadLettered)")
            } catch { print("PROBE \(system) \(topic): ERROR \(error)") }
        }
        for job in try await sandbox.deadLetters() {
            print("PROBE DEAD \(job.flow): \(job.lifecycle.lastError ?? "")".prefix(300))
        }
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// WooCommerce behaviour 3: signed webhooks, the ping, and the modified_after poll that catches
/// what webhooks missed (issue 6).
@Suite("WooCommerce webhooks and poll", .serialized)
struct WooWebhooksTests {
    @Test("the creation ping is answered 200 and queues nothing; a forged signature is refused")
    func pingAndSignature() async throws {
        let fixture = try await WooFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        // The unsigned form-encoded ping WooCommerce sends when a webhook is created.
        let ping = OutgoingWebhook(url: sandbox.webhookURL(system: "woocommerce"), topic: "ping", headers: [
            ("Content-Type", "application/x-www-form-urlencoded"), ("User-Agent", "WooCommerce/9.8.5 Hookshot (WordPress/6.8.1)"),
        ], body: Data("webhook_id=7".utf8))
        let pinged = await fixture.woo.environment.webhooks.send([ping])
        #expect(pinged.map(\.responseStatus) == [200])
        let orderID = try #require(fixture.woo.environment.records.all("orders").first?["id"]?.stringValue)
        let forged = try await sandbox.fire("woocommerce", topic: "order.created", resourceID: orderID, badSignature: true)
        #expect(forged.map(\.responseStatus) == [401])
        let counts = try await sandbox.store.jobCounts()
        #expect(counts.reduce(0) { $0 + $1.count } == 0)
        try await sandbox.drain()
        let invoices = try StoreTestSupport.odooRecords(sandbox, "account.move", [["x_woocommerce_order_id", ">", 0]])
        #expect(invoices.isEmpty)
    }

    @Test("an order whose webhook never came arrives through the modified_after poll, exactly once")
    func pollCatchesDroppedWebhook() async throws {
        let fixture = try await WooFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        _ = try StoreTestSupport.odooCreate(sandbox, "res.partner", ["name": "Grace Hopper", "email": "grace@example.com"])
        // Created in the shop; the webhook is dropped (never delivered).
        let mug = try #require(fixture.woo.environment.records.all("products").first { $0["sku"]?.stringValue == "WB-MUG-001" })
        let order = try await fixture.create("orders", [
            "status": "processing", "billing": ["first_name": "Grace", "last_name": "Hopper", "email": "grace@example.com"],
            "line_items": [["product_id": mug["id"] ?? nil, "quantity": 5]],
        ])
        let orderID = try #require(order["id"]?.intValue)

        try await sandbox.runOnce(["woocommerce-orders"])
        let polled = fixture.woo.environment.calls.calls.filter { $0.path.hasSuffix("/orders") && $0.method == "GET" }
        #expect(!polled.isEmpty)
        #expect(try fixture.invoices(order: orderID).count == 1)

        // The late webhook and a second poll change nothing: one invoice, one create call.
        try await sandbox.fire("woocommerce", topic: "order.created", resourceID: String(orderID))
        try await sandbox.drain()
        try await sandbox.runOnce(["woocommerce-orders"])
        #expect(try fixture.invoices(order: orderID).count == 1)
        let creates = StoreTestSupport.odooCalls(sandbox, model: "account.move", method: "create")
        // The seeded demo orders (3) and this one: one create each, never a second for the same order.
        let invoiced = try StoreTestSupport.odooRecords(sandbox, "account.move", [["x_woocommerce_order_id", ">", 0]],
                                                        fields: ["x_woocommerce_order_id"])
        #expect(creates == invoiced.count)
        #expect(Set(invoiced.compactMap { $0["x_woocommerce_order_id"]?.intValue }).count == invoiced.count)
        try await StoreTestSupport.expectNoDeadLetters(sandbox)
    }
}

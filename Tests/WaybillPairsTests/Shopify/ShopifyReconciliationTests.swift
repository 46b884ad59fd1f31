import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Shopify behaviour 6: the daily reconciliation reports each Shopify order of the last 24 hours
/// that is missing in Odoo or whose total differs (issue 6).
@Suite("Shopify reconciliation", .serialized)
struct ShopifyReconciliationTests {
    @Test("missing and mismatched orders are reported once each; nothing is written anywhere")
    func reconcile() async throws {
        let fixture = try await ShopifyFixture.start()
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        // The three demo orders were never imported (missing). Two new ones are imported; then an
        // accountant edits one of them in Odoo (mismatched).
        var imported: [Int] = []
        for sku in ["WB-MUG-001", "WB-CAP-NVY"] {
            let order = try await fixture.createOrder([
                "email": "ada@example.com", "customer": ["id": 7001, "email": "ada@example.com"],
                "shipping_address": ["name": "Ada Lovelace", "address1": "10 Main St", "city": "Portland"],
                "line_items": [["variant_id": try fixture.variant(sku: sku)["id"] ?? nil, "quantity": 1]],
                "shipping_lines": [["title": "Standard", "price": "10.00"]],
            ])
            let id = try #require(order["id"]?.intValue)
            try await sandbox.fire("shopify", topic: "orders/create", resourceID: String(id))
            imported.append(id)
        }
        try await sandbox.drain()
        let edited = try #require(try fixture.saleOrders(shopify: imported[1]).first)
        let editedID = try #require(edited["id"]?.intValue)
        let line = try #require(try fixture.lines(sale: editedID)
            .first { $0.many2oneID("product_id") == fixture.products["WB-CAP-NVY"] })
        _ = try sandbox.simulators.odoo.instance.executeKw(model: "sale.order.line", method: "write", args: [
            [line["id"] ?? false], ["price_unit": 17.5]])
        let writesBefore = sandbox.simulators.odoo.instance.rpcLog.calls.filter { !Self.reads.contains($0.method) }.count
        let shopWritesBefore = fixture.shop.environment.calls.calls.filter { $0.method != "GET" }.count

        try await sandbox.runOnce(["shopify-reconciliation"])

        try await StoreTestSupport.expectNoDeadLetters(sandbox)
        let findings = try await sandbox.audit().filter { $0.flow == "shopify-reconciliation" && $0.kind == "finding" }
        let missing = findings.filter { $0.detail.contains("\"kind\":\"missing_order\"") }
        let mismatched = findings.filter { $0.detail.contains("\"kind\":\"mismatched_order\"") }
        let demo = fixture.shop.environment.records.all("orders").compactMap { $0["id"]?.intValue }.filter { !imported.contains($0) }
        #expect(missing.count == demo.count)
        #expect(Set(missing.compactMap(\.sourceID)) == Set(demo.map { "shopify:reconcile:\($0)" }))
        #expect(mismatched.count == 1)
        #expect(mismatched.first?.sourceID == "shopify:reconcile:\(imported[1])")
        #expect(mismatched.first?.detail.contains("waybill_reconciliation_findings") == true)
        // The metric, as /metrics shows it.
        let labels = ["flow": "shopify-reconciliation", "tenant": "acme"]
        #expect(sandbox.engine.metrics.value("waybill_reconciliation_findings", labels.merging(["kind": "missing_order", "severity": "error"]) { $1 })
                == demo.count)
        let scrape = try await StoreTestSupport.text("\(sandbox.daemonURL)/metrics")
        #expect(scrape.contains("waybill_reconciliation_findings{flow=\"shopify-reconciliation\",kind=\"mismatched_order\",severity=\"warning\",tenant=\"acme\"} 1"),
                "\(scrape)")
        let alerts = try await sandbox.audit().filter { $0.flow == "shopify-reconciliation" && $0.kind == "alert" }
        #expect(!alerts.isEmpty)
        // Nothing was written to either system.
        #expect(sandbox.simulators.odoo.instance.rpcLog.calls.filter { !Self.reads.contains($0.method) }.count == writesBefore)
        #expect(fixture.shop.environment.calls.calls.filter { $0.method != "GET" }.count == shopWritesBefore)

        // The same day's second run reports nothing new.
        try await sandbox.runOnce(["shopify-reconciliation"])
        let again = try await sandbox.audit().filter { $0.flow == "shopify-reconciliation" && $0.kind == "finding" }
        #expect(again.count == findings.count)
        // The second run read Shopify from the cursor, one day back (created_at_min).
        #expect(fixture.shop.environment.calls.calls.contains { $0.path.hasSuffix("/orders.json") && $0.query.contains("created_at_min") })
    }

    static let reads: Set<String> = ["search_read", "read", "search", "search_count", "fields_get", "name_search", "version"]
}

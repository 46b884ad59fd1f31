import Foundation
import Testing
import WaybillSimulators

@Suite struct ShopifyTests {
    private let api = "/admin/api/2025-07"

    private func make() -> (ShopifySimulator, PipelineClient) {
        let sim = ShopifySimulator(environment: manualEnvironment())
        sim.seedDemoData()
        sim.environment.baseURL = "http://shop.test"
        return (sim, PipelineClient(sim, headers: ["X-Shopify-Access-Token": sim.accessToken]))
    }

    @Test func tokenAndVersionAreChecked() async {
        let (sim, client) = make()
        let denied = await PipelineClient(sim, headers: ["X-Shopify-Access-Token": "shpat_wrong"]).get("\(api)/orders.json")
        #expect(denied.status == 401 && denied.json?["errors"] != nil)
        #expect(await client.get("/admin/api/2019-01/orders.json").status == 404)
        let ok = await client.get("\(api)/orders.json")
        #expect(ok.header("X-Shopify-API-Version") == "2025-07")
        let stamp = ok.json?["orders"]?.arrayValue?.first?["created_at"]?.stringValue ?? ""
        #expect(stamp.hasSuffix("-05:00"))
    }

    @Test func leakyBucketHeaderAnd429() async {
        let (sim, client) = make()
        for used in 1...40 {
            #expect(await client.get("\(api)/locations.json").header("X-Shopify-Shop-Api-Call-Limit") == "\(used)/40")
        }
        let limited = await client.get("\(api)/locations.json")
        #expect(limited.status == 429 && limited.header("Retry-After") == "1.0")
        sim.environment.clock.advance(by: 10)
        #expect(await client.get("\(api)/locations.json").header("X-Shopify-Shop-Api-Call-Limit") == "21/40")
    }

    @Test func linkCursorPagination() async throws {
        let (_, client) = make()
        let first = await client.get("\(api)/orders.json?status=any&limit=2")
        #expect(first.json?["orders"]?.arrayValue?.count == 2)
        let link = try #require(first.header("Link"))
        #expect(link.hasSuffix("rel=\"next\""))
        let next = try #require(link.split(separator: ";").first?.dropFirst().dropLast())
        let path = String(next.dropFirst("http://shop.test".count))
        let second = await client.get(path)
        #expect(second.json?["orders"]?.arrayValue?.count == 1)
        #expect(second.header("Link")?.contains("rel=\"previous\"") == true)
        #expect(await client.get(path + "&status=open").status == 400)
        #expect(await client.get("\(api)/orders.json?page_info=%%%").status == 400)
        #expect(await client.get("\(api)/orders/count.json").json?["count"] == 3)
    }

    @Test func inventorySetAdjustAndVariantMirror() async throws {
        let (_, client) = make()
        let variant = try #require(await client.get("\(api)/products.json?limit=1").json?["products"]?.arrayValue?.first?["variants"]?.arrayValue?.first)
        let item = try #require(variant["inventory_item_id"]?.intValue)
        let location = try #require(await client.get("\(api)/locations.json").json?["locations"]?.arrayValue?.first?["id"]?.intValue)
        let set = await client.post("\(api)/inventory_levels/set.json", ["location_id": .int(location), "inventory_item_id": .int(item), "available": 42])
        #expect(set.json?["inventory_level"]?["available"] == 42)
        let adjusted = await client.post("\(api)/inventory_levels/adjust.json",
                                         ["location_id": .int(location), "inventory_item_id": .int(item), "available_adjustment": -5])
        #expect(adjusted.json?["inventory_level"]?["available"] == 37)
        let levels = await client.get("\(api)/inventory_levels.json?inventory_item_ids=\(item)")
        #expect(levels.json?["inventory_levels"]?.arrayValue?.count == 1)
        #expect(await client.get("\(api)/variants/\(variant["id"]?.intValue ?? 0).json").json?["variant"]?["inventory_quantity"] == 37)
        #expect(await client.post("\(api)/inventory_levels/set.json", ["location_id": 1, "inventory_item_id": .int(item), "available": 1]).status == 422)
        #expect(await client.get("\(api)/inventory_items/\(item).json").json?["inventory_item"]?["tracked"] == true)
    }

    @Test func fulfillmentOrdersFulfillmentsAndRefunds() async throws {
        let (_, client) = make()
        let order = try #require(await client.get("\(api)/orders.json?limit=1").json?["orders"]?.arrayValue?.first)
        let orderID = try #require(order["id"]?.intValue)
        let fo = try #require(await client.get("\(api)/orders/\(orderID)/fulfillment_orders.json").json?["fulfillment_orders"]?.arrayValue?.first)
        let line = try #require(fo["line_items"]?.arrayValue?.first)
        let body: JSONValue = ["fulfillment": ["line_items_by_fulfillment_order": [["fulfillment_order_id": fo["id"] ?? nil,
                                                                                     "fulfillment_order_line_items": [["id": line["id"] ?? nil, "quantity": 1]]]],
                                               "tracking_info": ["number": "1Z999", "company": "UPS"], "notify_customer": false]]
        let created = await client.post("\(api)/fulfillments.json", body)
        #expect(created.status == 201 && created.json?["fulfillment"]?["tracking_number"] == "1Z999")
        #expect(await client.post("\(api)/fulfillments.json", body).status == 422)
        let updated = try #require(await client.get("\(api)/orders/\(orderID).json").json?["order"])
        #expect(updated["fulfillment_status"] == "fulfilled")
        let refund = await client.post("\(api)/orders/\(orderID)/refunds.json",
                                       ["refund": ["note": "damaged", "transactions": [["amount": 5, "kind": "refund", "gateway": "manual"]]]])
        #expect(refund.status == 201)
        #expect(await client.get("\(api)/orders/\(orderID).json").json?["order"]?["financial_status"] == "partially_refunded")
        #expect(await client.post("\(api)/orders/\(orderID)/refunds.json", ["refund": ["transactions": [["amount": 9_999]]]]).status == 422)
    }

    @Test func webhookHeadersAndDuplicates() async throws {
        let (sim, client) = make()
        let created = await client.post("\(api)/webhooks.json", ["webhook": ["topic": "orders/create", "address": "http://receiver.test/s", "format": "json"]])
        #expect(created.status == 201)
        #expect(await client.post("\(api)/webhooks.json", ["webhook": ["topic": "orders/create", "address": "http://receiver.test/s"]]).status == 422)
        let hooks = try sim.webhooks(for: WebhookFire(topic: "orders/create"))
        let hook = try #require(hooks.first)
        let headers = Dictionary(uniqueKeysWithValues: hook.headers.map { ($0.name, $0.value) })
        #expect(headers["X-Shopify-Hmac-Sha256"] == WebhookSigning.hmacSHA256Base64(body: hook.body, secret: sim.webhookSecret))
        for name in ["X-Shopify-Topic", "X-Shopify-Shop-Domain", "X-Shopify-Webhook-Id", "X-Shopify-Event-Id", "X-Shopify-API-Version",
                     "X-Shopify-Triggered-At"] {
            #expect(headers[name] != nil, "missing \(name)")
        }
        #expect(JSONValue.parse(hook.body)?["line_items"] != nil)
        let receiver = TestSimulator()
        try await withServer(receiver) { sink in
            let fired = await client.post("/_sim/webhooks/fire", ["topic": "orders/create", "url": .string(sink.base + "/hooks"), "duplicate": true])
            #expect(fired.json?["deliveries"]?.arrayValue?.map { $0["response_status"] } == [200, 200])
            #expect(receiver.environment.records.count("hooks") == 2)
        }
    }
}

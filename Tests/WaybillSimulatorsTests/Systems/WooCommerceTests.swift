import Foundation
import Testing
import WaybillSimulators

@Suite struct WooCommerceTests {
    private func make() -> (WooCommerceSimulator, PipelineClient) {
        let sim = WooCommerceSimulator(environment: manualEnvironment())
        sim.seedDemoData()
        sim.environment.baseURL = "http://woo.test"
        return (sim, PipelineClient(sim, headers: ["Authorization": BasicAuth.header(user: sim.consumerKey, password: sim.consumerSecret)]))
    }

    @Test func authenticationErrorsUseWordPressShape() async {
        let (sim, _) = make()
        let anonymous = await PipelineClient(sim).get("/wp-json/wc/v3/orders")
        #expect(anonymous.status == 401 && anonymous.json?["code"] == "woocommerce_rest_cannot_view")
        let wrong = await PipelineClient(sim, headers: ["Authorization": BasicAuth.header(user: sim.consumerKey, password: "cs_x")])
            .get("/wp-json/wc/v3/orders")
        #expect(wrong.json?["data"]?["status"] == 401)
        #expect(await PipelineClient(sim).get("/wp-json/wc/v3/nothing").json?["code"] == "rest_no_route")
    }

    @Test func oauthQuerySignatureIsCheckedWithNonceAndTimestamp() async {
        let (sim, _) = make()
        let now = Int(sim.environment.clock.now().timeIntervalSince1970)
        var params = ["oauth_consumer_key": sim.consumerKey, "oauth_timestamp": String(now), "oauth_nonce": "abc123",
                      "oauth_signature_method": "HMAC-SHA256", "per_page": "2"]
        let signature = WooCommerceSimulator.oauthSignature(method: "GET", url: "http://woo.test/wp-json/wc/v3/orders", params: params,
                                                            secret: sim.consumerSecret, algorithm: "HMAC-SHA256")
        params["oauth_signature"] = signature
        let query = FormEncoding.encode(params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let client = PipelineClient(sim)
        #expect(await client.get("/wp-json/wc/v3/orders?\(query)").status == 200)
        let replay = await client.get("/wp-json/wc/v3/orders?\(query)")
        #expect(replay.status == 401 && replay.json?["message"] == "Invalid nonce - nonce has already been used.")
        let tampered = query.replacingOccurrences(of: "per_page=2", with: "per_page=3").replacingOccurrences(of: "abc123", with: "abc124")
        #expect(await client.get("/wp-json/wc/v3/orders?\(tampered)").json?["message"] == "Invalid signature - provided signature does not match.")
        sim.environment.clock.advance(by: 16 * 60)
        #expect(await client.get("/wp-json/wc/v3/orders?\(query)").json?["message"] == "Invalid timestamp.")
    }

    @Test func paginationHeadersAndLink() async throws {
        let (_, client) = make()
        let response = await client.get("/wp-json/wc/v3/orders?per_page=2&page=1&orderby=id&order=asc")
        #expect(response.header("X-WP-Total") == "3" && response.header("X-WP-TotalPages") == "2")
        let link = try #require(response.header("Link"))
        #expect(link.contains("page=2>; rel=\"next\"") && !link.contains("rel=\"prev\""))
        #expect(response.json?.arrayValue?.map { $0["id"] } == [727, 728])
        #expect(await client.get("/wp-json/wc/v3/orders?per_page=101").status == 400)
    }

    @Test func modifiedAfterAndGMTDates() async throws {
        let (sim, client) = make()
        sim.environment.clock.advance(by: 3_630)
        let order = try #require(await client.call("PUT", "/wp-json/wc/v3/orders/728", json: ["status": "completed"]).json)
        let gmt = try #require(order["date_modified_gmt"]?.stringValue)
        #expect(order["date_modified"]?.stringValue != gmt)
        #expect(order["date_completed_gmt"] != .null)
        let changed = await client.get("/wp-json/wc/v3/orders?modified_after=\(gmt.prefix(17))00&dates_are_gmt=true").json
        #expect(changed?.arrayValue?.map { $0["id"] } == [728])
        #expect(await client.get("/wp-json/wc/v3/orders?status=completed").json?.arrayValue?.count == 2)
    }

    @Test func createUpdateAndErrors() async throws {
        let (_, client) = make()
        let created = await client.post("/wp-json/wc/v3/orders", ["set_paid": true, "line_items": [["product_id": 10, "quantity": 3]]])
        #expect(created.status == 201 && created.header("Location") != nil)
        #expect(created.json?["status"] == "processing" && created.json?["total"] == "42.00")
        #expect(await client.get("/wp-json/wc/v3/orders/99999").json?["code"] == "woocommerce_rest_shop_order_invalid_id")
        #expect(await client.post("/wp-json/wc/v3/orders", ["status": "lost"]).status == 400)
        let batch = await client.post("/wp-json/wc/v3/products/batch", ["update": [["id": 10, "stock_quantity": 0]]])
        #expect(batch.json?["update"]?.arrayValue?.first?["stock_status"] == "outofstock")
        #expect(await client.get("/wp-json/wc/v3/customers?email=grace@example.com").json?.arrayValue?.count == 1)
    }

    @Test func webhookDeliveryHeadersAndSignature() async throws {
        let (sim, client) = make()
        let created = await client.post("/wp-json/wc/v3/webhooks",
                                        ["name": "Orders", "topic": "order.updated", "delivery_url": "http://127.0.0.1:1/x", "secret": "s3cret"])
        #expect(created.status == 201 && created.json?["secret"] == nil && created.json?["resource"] == "order")
        let hooks = try sim.webhooks(for: WebhookFire(topic: "order.updated", resourceID: "727"))
        let hook = try #require(hooks.first)
        let headers = Dictionary(uniqueKeysWithValues: hook.headers.map { ($0.name, $0.value) })
        #expect(headers["X-WC-Webhook-Signature"] == WebhookSigning.hmacSHA256Base64(body: hook.body, secret: "s3cret"))
        #expect(headers["X-WC-Webhook-Topic"] == "order.updated" && headers["X-WC-Webhook-Resource"] == "order")
        #expect(headers["X-WC-Webhook-Event"] == "updated" && headers["X-WC-Webhook-Source"] == "http://woo.test/")
        #expect(headers["X-WC-Webhook-ID"] == created.json?["id"]?.stringValue && headers["X-WC-Webhook-Delivery-ID"] != nil)
        #expect(JSONValue.parse(hook.body)?["id"] == 727)
        let deleted = try sim.webhooks(for: WebhookFire(topic: "order.deleted", resourceID: "727", url: "http://x.test"))
        #expect(JSONValue.parse(deleted[0].body) == ["id": 727])
    }

    @Test func pingIsFormEncodedAndUnsigned() async throws {
        let receiver = TestSimulator()
        try await withServer(receiver) { sink in
            let (sim, client) = make()
            _ = await client.post("/wp-json/wc/v3/webhooks", ["topic": "order.created", "delivery_url": .string(sink.base + "/hooks")])
            while sim.environment.webhooks.deliveries.isEmpty { await Task.yield() }
            let ping = try #require(receiver.environment.records.all("hooks").first)
            #expect(ping["body"] == "webhook_id=1")
            #expect(ping["content_type"] == "application/x-www-form-urlencoded")
            #expect(ping["signature"] == .null)
            #expect(sim.environment.webhooks.deliveries.first?.responseStatus == 200)
        }
    }
}

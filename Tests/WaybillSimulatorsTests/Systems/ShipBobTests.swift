import Foundation
import Testing
import WaybillSimulators

@Suite struct ShipBobTests {
    private func make() -> (ShipBobSimulator, PipelineClient) {
        let sim = ShipBobSimulator(environment: manualEnvironment())
        sim.seedDemoData()
        return (sim, PipelineClient(sim, headers: ["Authorization": "Bearer \(sim.personalAccessToken)"]))
    }

    private func token(_ client: PipelineClient, _ fields: [(String, String)]) async -> SimResponse {
        await client.call("POST", "/connect/token", body: Data(FormEncoding.encode(fields).utf8),
                          headers: ["Content-Type": "application/x-www-form-urlencoded"])
    }

    @Test func oauthCodeExchangeExpiryAndRotation() async throws {
        let (sim, _) = make()
        let anonymous = PipelineClient(sim)
        let client = [("client_id", sim.clientID), ("client_secret", sim.clientSecret)]
        let issued = try #require(await token(anonymous, client + [("grant_type", "authorization_code"),
                                                                   ("code", ShipBobTokens_demoCode)]).json)
        #expect(issued["expires_in"] == 3600 && issued["token_type"] == "Bearer")
        let access = try #require(issued["access_token"]?.stringValue)
        let refresh = try #require(issued["refresh_token"]?.stringValue)
        let bearer = PipelineClient(sim, headers: ["Authorization": "Bearer \(access)"])
        #expect(await bearer.get("/2026-01/order").status == 200)
        #expect(await token(anonymous, client + [("grant_type", "authorization_code"), ("code", ShipBobTokens_demoCode)]).status == 400)
        sim.environment.clock.advance(by: 3_600)
        #expect(await bearer.get("/2026-01/order").status == 401)
        let rotated = try #require(await token(anonymous, client + [("grant_type", "refresh_token"), ("refresh_token", refresh)]).json)
        #expect(rotated["refresh_token"]?.stringValue != refresh)
        let reused = await token(anonymous, client + [("grant_type", "refresh_token"), ("refresh_token", refresh)])
        #expect(reused.status == 400 && reused.json?["error"] == "invalid_grant")
        let fresh = PipelineClient(sim, headers: ["Authorization": "Bearer \(rotated["access_token"]?.stringValue ?? "")"])
        #expect(await fresh.get("/2026-01/channel").json?["items"]?.arrayValue?.first?["application_name"] == "SMA")
    }

    @Test func authorizeRedirectCarriesCodeInFragment() async throws {
        let (sim, _) = make()
        let response = await PipelineClient(sim).get(
            "/connect/authorize?client_id=sb_client_demo&redirect_uri=https%3A%2F%2Fapp.test%2Fcb&scope=orders_read%20offline_access&state=s1")
        #expect(response.status == 302)
        let location = try #require(response.header("Location"))
        #expect(location.hasPrefix("https://app.test/cb#code="))
        #expect(location.contains("state=s1"))
    }

    @Test func ordersNeedChannelAndUniqueReference() async throws {
        let (sim, client) = make()
        let order: JSONValue = ["reference_id": "WB-77", "shipping_method": "Standard",
                                "recipient": ["name": "Ada", "address": ["address1": "1 Main", "city": "Portland", "country": "US"]],
                                "products": [["sku": "WB-MUG-001", "quantity": 2]]]
        #expect(await client.post("/2026-01/order", order).status == 400)
        #expect(await client.post("/2026-01/order", order, headers: ["shipbob_channel_id": "999"]).status == 403)
        let channel = ["shipbob_channel_id": String(sim.channelID)]
        let created = await client.post("/2026-01/order", order, headers: channel)
        #expect(created.status == 201 && created.json?["status"] == "Processing")
        let duplicate = await client.post("/2026-01/order", order, headers: channel)
        #expect(duplicate.status == 422)
        #expect(duplicate.json?[""] == ["Cannot insert order with existing ReferenceId"])
        let found = try #require(await client.get("/2026-01/order?ReferenceIds=WB-77").json?.arrayValue)
        #expect(found.count == 1)
        let id = try #require(found.first?["id"]?.stringValue)
        #expect(await client.get("/2026-01/order/\(id)/shipment").json == [])
        #expect(await client.post("/2026-01/order/\(id):cancel", [:], headers: channel).json?["status"] == "Cancelled")
        let legacy = await client.get("/1.0/order?Limit=1")
        #expect(legacy.header("Total-Count") == "3" && legacy.header("Next-Page") != nil)
    }

    @Test func receivingOrdersWithStatusHistory() async throws {
        let (sim, client) = make()
        let channel = ["shipbob_channel_id": String(sim.channelID)]
        let inventory = try #require(await client.get("/2026-01/inventory-level?SKU=WB-MUG-001").json?["items"]?.arrayValue?.first)
        let wro: JSONValue = ["fulfillment_center": ["id": 10], "package_type": "Package", "box_packaging_type": "EverythingInOneBox",
                              "purchase_order_number": "PO-0042", "expected_arrival_date": "2026-02-01T00:00:00Z",
                              "boxes": [["tracking_number": "T1", "box_items": [["inventory_id": inventory["inventory_id"] ?? nil, "quantity": 12]]]]]
        let created = try #require(await client.post("/2026-01/receiving", wro, headers: channel).json)
        let id = try #require(created["id"]?.stringValue)
        sim.setReceivingStatus(id: id, status: "Completed")
        let listed = try #require(await client.get("/2026-01/receiving?PurchaseOrderNumbers=PO-0042").json?.arrayValue?.first)
        #expect(listed["status"] == "Completed")
        #expect(listed["status_history"]?.arrayValue?.count == 2)
        #expect(listed["inventory_quantities"]?.arrayValue?.first?["received_quantity"] == 12)
        _ = await client.post("/2026-01/receiving:setExternalSync", ["ids": [.string(id)], "is_external_sync": true], headers: channel)
        #expect(await client.get("/2026-01/receiving?ExternalSync=false").json == [])
    }

    @Test func webhooksAreSignedPerStandardWebhooks() async throws {
        let (sim, client) = make()
        let channel = ["shipbob_channel_id": String(sim.channelID)]
        let subscribed = await client.post("/2026-01/webhook", ["topics": ["order.shipped"], "url": "http://receiver.test/sb"], headers: channel)
        #expect(subscribed.json?["secret"] == .string(sim.webhookSecret))
        let hooks = try sim.webhooks(for: WebhookFire(topic: "order.shipped"))
        let hook = try #require(hooks.first)
        #expect(hook.url == "http://receiver.test/sb")
        let headers = Dictionary(uniqueKeysWithValues: hook.headers.map { ($0.name, $0.value) })
        let expected = WebhookSigning.standardWebhooks(id: headers["webhook-id"] ?? "", timestamp: Int(headers["webhook-timestamp"] ?? "") ?? 0,
                                                       body: hook.body, secret: sim.webhookSecret)
        #expect(headers["webhook-signature"] == expected)
        #expect(headers["x-webhook-topic"] == "order.shipped")
        #expect(JSONValue.parse(hook.body)?["status"] == "Fulfilled")
        let bad = try sim.webhooks(for: WebhookFire(topic: "order.shipped", badSignature: true))
        #expect(bad.first?.headers.first { $0.name == "webhook-signature" }?.value != expected)
    }

    @Test func rateLimitHeaders() async {
        let (_, client) = make()
        #expect(await client.get("/2026-01/channel").header("x-remaining-calls") == "149")
        for _ in 0..<149 { _ = await client.get("/2026-01/channel") }
        let limited = await client.get("/2026-01/channel")
        #expect(limited.status == 429 && limited.header("x-retry-after") == "60")
        #expect(limited.json?["message"] == "Rate limit is exceeded. Try again in 60 seconds.")
    }
}

private let ShipBobTokens_demoCode = "sb_demo_authorization_code"

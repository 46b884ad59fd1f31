import Foundation
import Testing
import WaybillSimulators

@Suite struct ShipStationTests {
    private let auth = ["Authorization": BasicAuth.header(user: "ss_demo_key", password: "ss_demo_secret")]

    private func make() -> (ShipStationSimulator, PipelineClient) {
        let sim = ShipStationSimulator(environment: manualEnvironment())
        sim.seedDemoData()
        sim.environment.baseURL = "http://ss.test"
        return (sim, PipelineClient(sim, headers: auth))
    }

    @Test func rejectsBadCredentials() async {
        let (sim, _) = make()
        let anonymous = PipelineClient(sim, headers: ["Authorization": BasicAuth.header(user: "ss_demo_key", password: "nope")])
        let response = await anonymous.get("/orders")
        #expect(response.status == 401)
        #expect(response.json?["Message"] != nil)
    }

    @Test func listsOrdersWithPagesAndPacificTimestamps() async throws {
        let (_, client) = make()
        let response = await client.get("/orders?pageSize=2&page=2")
        #expect(response.status == 200)
        let body = try #require(response.json)
        #expect(body["total"] == 3 && body["pages"] == 2 && body["page"] == 2)
        #expect(body["orders"]?.arrayValue?.count == 1)
        let stamp = try #require(body["orders"]?.arrayValue?.first?["modifyDate"]?.stringValue)
        #expect(stamp.count == 27 && !stamp.hasSuffix("Z"))
        #expect(stamp.split(separator: ".").last?.count == 7)
        let shipped = await client.get("/orders?orderStatus=shipped").json
        #expect(shipped?["total"] == 1)
    }

    @Test func createOrderUpsertsByOrderKey() async throws {
        let (_, client) = make()
        let order: JSONValue = ["orderNumber": "WB-1", "orderKey": "key-1", "orderDate": "2026-01-01T10:00:00",
                                "orderStatus": "awaiting_shipment", "billTo": ["name": "A"], "shipTo": ["name": "A"],
                                "items": [["sku": "WB-MUG-001", "quantity": 2]]]
        let created = try #require(await client.post("/orders/createorder", order).json)
        var changed = order
        changed["orderStatus"] = "on_hold"
        let updated = try #require(await client.post("/orders/createorder", changed).json)
        #expect(created["orderId"] == updated["orderId"])
        #expect(updated["orderStatus"] == "on_hold")
        let invalid = await client.post("/orders/createorder", ["orderNumber": "x"])
        #expect(invalid.status == 400)
        #expect(invalid.json?["ModelState"] != nil)
        let batch = try #require(await client.post("/orders/createorders", [order, ["orderNumber": "bad"]]).json)
        #expect(batch["hasErrors"] == true)
        #expect(batch["results"]?.arrayValue?.map { $0["success"] } == [true, false])
    }

    @Test func closedOrdersCannotBeUpdated() async {
        let (_, client) = make()
        let shipped: JSONValue = ["orderNumber": "SO-101", "orderKey": "demo-order-1", "orderDate": "2026-01-01",
                                  "orderStatus": "awaiting_shipment", "billTo": [:], "shipTo": [:]]
        #expect(await client.post("/orders/createorder", shipped).status == 400)
    }

    @Test func markAsShippedCreatesShipmentAndShipNotifyPointsBack() async throws {
        let (sim, client) = make()
        let result = await client.post("/orders/markasshipped", ["orderId": 100_000_002, "carrierCode": "ups", "trackingNumber": "1Z999"])
        #expect(result.json?["orderNumber"] == "SO-102")
        let shipments = try #require(await client.get("/shipments?orderNumber=SO-102&includeShipmentItems=true").json)
        let shipment = try #require(shipments["shipments"]?.arrayValue?.first)
        #expect(shipment["trackingNumber"] == "1Z999" && shipment["voided"] == false)
        #expect(shipment["shipmentItems"]?.arrayValue?.count == 1)
        let hooks = try sim.webhooks(for: WebhookFire(topic: "SHIP_NOTIFY", resourceID: shipment["shipmentId"]?.stringValue,
                                                       url: "http://receiver.test/hook"))
        let body = try #require(JSONValue.parse(hooks[0].body))
        #expect(body["resource_type"] == "SHIP_NOTIFY")
        let resource = try #require(body["resource_url"]?.stringValue)
        #expect(resource.hasPrefix("http://ss.test/shipments?"))
        let dereferenced = try #require(await client.get(String(resource.dropFirst("http://ss.test".count))).json)
        #expect(dereferenced["shipments"]?.arrayValue?.map { $0["trackingNumber"] } == ["1Z999"])
        #expect(dereferenced["shipments"]?.arrayValue?.first?["shipmentItems"] == .null)
    }

    @Test func productsWarehousesAndWebhooks() async throws {
        let (_, client) = make()
        var product = try #require(await client.get("/products/30000001").json)
        product["price"] = 15.5
        #expect(await client.call("PUT", "/products/30000001", json: product).json?["success"] == true)
        #expect(await client.get("/products?sku=WB-MUG-001").json?["products"]?.arrayValue?.first?["price"] == 15.5)
        #expect(await client.get("/warehouses").json?.arrayValue?.count == 2)
        let subscribed = await client.post("/webhooks/subscribe", ["target_url": "http://x.test/h", "event": "SHIP_NOTIFY"])
        let id = try #require(subscribed.json?["id"]?.intValue)
        #expect(await client.get("/webhooks").json?["webhooks"]?.arrayValue?.first?["HookType"] == "SHIP_NOTIFY")
        #expect(await client.call("DELETE", "/webhooks/\(id)").status == 200)
        #expect(await client.get("/webhooks").json?["webhooks"] == [])
    }

    @Test func rateLimitHeadersCountDownAndReset() async {
        let (sim, client) = make()
        for expected in stride(from: 39, through: 0, by: -1) {
            let response = await client.get("/warehouses")
            #expect(response.header("X-Rate-Limit-Remaining") == String(expected))
        }
        let limited = await client.get("/warehouses")
        #expect(limited.status == 429)
        #expect(limited.header("X-Rate-Limit-Reset") == "60")
        sim.environment.clock.advance(by: 45)
        #expect(await client.get("/warehouses").header("X-Rate-Limit-Reset") == "15")
        sim.environment.clock.advance(by: 15)
        let fresh = await client.get("/warehouses")
        #expect(fresh.status == 200 && fresh.header("X-Rate-Limit-Remaining") == "39")
        #expect(sim.environment.calls.counters["rate_limited"] == 2)
    }

    @Test func v2InventoryTransactionsAndRetryAfter() async throws {
        let (sim, _) = make()
        let v2 = PipelineClient(sim, headers: ["API-Key": "ss_v2_demo_key"])
        #expect(await PipelineClient(sim).get("/v2/inventory").status == 401)
        let list = try #require(await v2.get("/v2/inventory?sku=WB-MUG-001").json)
        #expect(list["inventory"]?.arrayValue?.first?["on_hand"] == 20)
        #expect(list["links"]?["next"] == [:])
        let update: (String, Int) async -> Int = { type, quantity in
            await v2.post("/v2/inventory", ["transaction_type": .string(type), "sku": "WB-MUG-001",
                                            "inventory_location_id": "se-9000", "quantity": .int(quantity)]).status
        }
        #expect(await update("increment", 5) == 204)
        #expect(await update("decrement", 3) == 204)
        #expect(await v2.get("/v2/inventory?sku=WB-MUG-001").json?["inventory"]?.arrayValue?.first?["available"] == 20)
        #expect(await update("adjust", 7) == 204)
        #expect(await v2.get("/v2/inventory?sku=WB-MUG-001").json?["inventory"]?.arrayValue?.first?["on_hand"] == 7)
        #expect(await update("decrement", 99) == 400)
        #expect(await update("teleport", 1) == 400)
        _ = await v2.post("/_sim/faults", ["type": "429", "retry_after": 3])
        let limited = await v2.get("/v2/inventory")
        #expect(limited.status == 429 && limited.header("Retry-After") == "3")
        #expect(limited.json?["errors"]?.arrayValue?.first?["error_source"] == "shipstation")
        #expect(await v2.get("/v2/inventory_locations").json?["inventory_locations"]?.arrayValue?.count == 1)
    }
}

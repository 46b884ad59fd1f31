import Foundation

extension ShipStationSimulator {
    static let events: Set<String> = [
        "ORDER_NOTIFY", "ITEM_ORDER_NOTIFY", "SHIP_NOTIFY", "ITEM_SHIP_NOTIFY", "FULFILLMENT_SHIPPED", "FULFILLMENT_REJECTED",
    ]

    func registerWebhooks(_ router: inout SimRouter) {
        addV1(&router, "POST", "/webhooks/subscribe") { [unowned self] request in
            guard let body = request.json, let url = body["target_url"]?.stringValue, !url.isEmpty else {
                throw invalid("request.target_url", "The target_url field is required.")
            }
            guard let event = body["event"]?.stringValue, Self.events.contains(event) else {
                throw invalid("request.event", "The event field is not valid.")
            }
            let id = environment.records.nextID("webhooks", firstID: 10_001)
            let hook: JSONValue = [
                "IsLabelAPIHook": false, "WebHookID": .int(id), "SellerID": 100_001, "StoreID": body["store_id"] ?? nil,
                "HookType": .string(event), "MessageFormat": "Json", "Url": .string(url),
                "Name": body["friendly_name"] ?? .string(event), "BulkCopyBatchID": nil, "BulkCopyRecordID": nil,
                "Active": true, "WebhookLogs": [], "Seller": nil, "Store": nil,
            ]
            environment.records.put("webhooks", id: String(id), hook)
            return .json(["id": .int(id)], status: 201)
        }
        addV1(&router, "GET", "/webhooks") { [unowned self] _ in
            .json(["webhooks": .array(environment.records.all("webhooks"))])
        }
        addV1(&router, "DELETE", "/webhooks/{id}") { [unowned self] request in
            guard environment.records.delete("webhooks", id: request.parameter("id") ?? "") != nil else {
                return .json(["Message": "Webhook not found"], status: 404)
            }
            return .empty(200)
        }
    }

    /// `{resource_url, resource_type}` pointing back at this simulator: SHIP_NOTIFY → the shipments
    /// of one batch, ORDER_NOTIFY → the orders of one import batch. V1 webhooks carry no signature.
    public func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        guard Self.events.contains(fire.topic) else { throw ControlError("unknown ShipStation event \(fire.topic)") }
        let base = environment.baseURL
        let body: JSONValue
        if let payload = fire.payload {
            body = payload
        } else if fire.topic.contains("SHIP") || fire.topic.hasPrefix("FULFILLMENT") {
            let shipment = fire.resourceID.flatMap { environment.records.get("shipments", id: $0) }
                ?? environment.records.all("shipments").last
            guard let shipment else { throw ControlError("no shipment to notify about") }
            let store = shipment["advancedOptions"]?["storeId"]?.stringValue ?? ""
            let batch = shipment["batchNumber"]?.stringValue ?? ""
            body = ["resource_url": .string("\(base)/shipments?storeID=\(store)&batchId=\(batch)&includeShipmentItems=False"),
                    "resource_type": .string(fire.topic)]
        } else {
            let order = fire.resourceID.flatMap { environment.records.get("orders", id: $0) } ?? environment.records.all("orders").last
            guard let order else { throw ControlError("no order to notify about") }
            let store = order["advancedOptions"]?["storeId"]?.stringValue ?? ""
            let batch = order["$importBatch"]?.stringValue ?? ""
            body = ["resource_url": .string("\(base)/orders?storeID=\(store)&importBatch=\(batch)"),
                    "resource_type": .string(fire.topic)]
        }
        let targets = fire.url.map { [$0] } ?? environment.records.all("webhooks")
            .filter { $0["HookType"]?.stringValue == fire.topic && ($0["Active"]?.boolValue ?? true) }
            .compactMap { $0["Url"]?.stringValue }
        let bytes = body.serialized()
        return targets.map { url in
            OutgoingWebhook(url: url, topic: fire.topic, headers: [("Content-Type", "application/json"),
                                                                   ("User-Agent", "ShipStation Webhooks")], body: bytes)
        }
    }
}

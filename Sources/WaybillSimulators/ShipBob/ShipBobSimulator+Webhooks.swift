import Foundation

extension ShipBobSimulator {
    static let topics: Set<String> = [
        "order.shipped", "order.shipment.delivered", "order.shipment.exception", "order.shipment.on_hold",
        "order.shipment.cancelled", "return.created", "return.updated", "return.completed", "billing.charge.created",
        "billing.refund.created", "billing.credit.created", "order.delivered", "order.shipment.tracking.updated",
    ]
    static let legacyTopics: Set<String> = [
        "order_shipped", "shipment_delivered", "shipment_exception", "shipment_onhold", "shipment_cancelled",
    ]

    func registerWebhooks(_ router: inout SimRouter) {
        addAPI(&router, "POST", "/webhook") { [unowned self] request in try subscribe(request) }
        addAPI(&router, "GET", "/webhook") { [unowned self] request in
            let hooks = environment.records.all("webhooks").map { hook -> JSONValue in
                var visible = hook.publicView
                visible["secret"] = nil
                return visible
            }
            return list(hooks, request)
        }
        addAPI(&router, "DELETE", "/webhook/{id}") { [unowned self] request in
            guard environment.records.delete("webhooks", id: request.parameter("id") ?? "") != nil else { return .empty(404) }
            return .empty(204)
        }
    }

    private func subscribe(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json else { throw validation(["": ["A request body is required."]], status: 400) }
        let id = environment.records.nextID("webhooks", firstID: 12_345)
        if isLegacy(request) {
            guard let topic = body["topic"]?.stringValue, Self.legacyTopics.contains(topic),
                  let url = body["subscription_url"]?.stringValue else {
                throw validation(["topic": ["A valid topic and subscription_url are required."]], status: 400)
            }
            let hook: JSONValue = ["id": .int(id), "created_at": .string(timestamp()), "topic": .string(topic),
                                   "subscription_url": .string(url), "topics": [.string(topic)], "url": .string(url),
                                   "secret": .string(webhookSecret), "$legacy": true]
            environment.records.put("webhooks", id: String(id), hook)
            return .json(hook.publicView.merging(["secret": nil, "topics": nil, "url": nil]), status: 201)
        }
        guard let topics = body["topics"]?.arrayValue, !topics.isEmpty,
              topics.allSatisfy({ Self.topics.contains($0.stringValue ?? "") }) else {
            throw validation(["topics": ["Topics must be a non-empty list of known topics."]], status: 400)
        }
        guard let url = body["url"]?.stringValue, url.hasPrefix("http") else {
            throw validation(["url": ["A valid url is required."]], status: 400)
        }
        let secret = body["secret"]?.stringValue ?? webhookSecret
        let hook: JSONValue = ["id": .string(String(id)), "created_at": .string(timestamp()),
                               "description": body["description"] ?? nil, "secret": .string(secret),
                               "topics": .array(topics), "url": .string(url), "enabled": true]
        environment.records.put("webhooks", id: String(id), hook)
        return .json(hook)
    }

    /// Standard Webhooks deliveries (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,…`,
    /// `x-webhook-topic`) of the bare OrderViewModel / ShipmentViewModel. `order.shipped` for an
    /// unshipped order ships it first.
    public func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        guard Self.topics.contains(fire.topic) || Self.legacyTopics.contains(fire.topic) else {
            throw ControlError("unknown ShipBob topic \(fire.topic)")
        }
        let payload = try fire.payload ?? payloadFor(fire)
        let body = payload.serialized()
        let targets: [(url: String, secret: String, legacy: Bool, id: String)] = fire.url.map { [($0, webhookSecret, false, "0")] }
            ?? environment.records.all("webhooks").compactMap { hook in
                let topics = (hook["topics"]?.arrayValue ?? []).compactMap(\.stringValue)
                guard topics.contains(fire.topic), let url = hook["url"]?.stringValue else { return nil }
                return (url, hook["secret"]?.stringValue ?? webhookSecret, hook["$legacy"]?.boolValue ?? false,
                        hook["id"]?.stringValue ?? "")
            }
        let timestamp = Int(environment.clock.now().timeIntervalSince1970)
        return targets.map { target in
            let messageID = "msg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(24)
            var signature = WebhookSigning.standardWebhooks(id: messageID, timestamp: timestamp, body: body, secret: target.secret)
                ?? "v1,invalid"
            if fire.badSignature { signature = WebhookSigning.corrupt(signature) }
            var headers: [(name: String, value: String)] = [
                ("Content-Type", "application/json"), ("webhook-id", messageID), ("webhook-timestamp", String(timestamp)),
                ("webhook-signature", signature), ("x-webhook-topic", fire.topic),
            ]
            if target.legacy {
                headers += [("shipbob-topic", fire.topic), ("shipbob-subscription-id", target.id)]
            }
            return OutgoingWebhook(url: target.url, topic: fire.topic, headers: headers, body: body)
        }
    }

    private func payloadFor(_ fire: WebhookFire) throws -> JSONValue {
        if fire.topic.hasPrefix("return.") { return try returnPayload(fire) }
        let orderID = fire.resourceID ?? environment.records.all("orders").last?["id"]?.stringValue
        guard let orderID, var order = environment.records.get("orders", id: orderID) else {
            throw ControlError("no order \(fire.resourceID ?? "") to notify about")
        }
        if (order["shipments"]?.arrayValue ?? []).isEmpty, let shipped = shipOrder(id: orderID) { order = shipped }
        if fire.topic == "order.shipped" || fire.topic == "order_shipped" || fire.topic == "order.delivered" {
            return order.publicView
        }
        var shipment = order["shipments"]?.arrayValue?.last ?? [:]
        let status = ["order.shipment.exception": "Exception", "order.shipment.on_hold": "OnHold",
                      "order.shipment.cancelled": "Cancelled"][fire.topic] ?? "Completed"
        shipment["status"] = .string(status)
        return shipment
    }
}

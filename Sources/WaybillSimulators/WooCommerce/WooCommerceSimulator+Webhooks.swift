import Foundation

extension WooCommerceSimulator {
    static let userAgent = "WooCommerce/9.8.5 Hookshot (WordPress/6.8.1)"

    func registerWebhooks(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/webhooks") { [unowned self] request in try list("webhooks", request) }
        addAPI(&router, "GET", "/webhooks/{id}") { [unowned self] request in
            guard let hook = environment.records.get("webhooks", id: request.parameter("id") ?? "") else {
                return error(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.")
            }
            return .json(hook.publicView)
        }
        addAPI(&router, "POST", "/webhooks") { [unowned self] request in try createWebhook(request) }
        addAPI(&router, "PUT", "/webhooks/{id}") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            guard let body = request.json, let hook = environment.records.update("webhooks", id: id, { hook in
                for key in ["name", "status", "delivery_url", "topic"] where body[key] != nil { hook[key] = body[key] ?? nil }
                if let secret = body["secret"] { hook["$secret"] = secret }
            }) else { return error(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.") }
            return .json(hook.publicView)
        }
        addAPI(&router, "DELETE", "/webhooks/{id}") { [unowned self] request in
            guard let removed = environment.records.delete("webhooks", id: request.parameter("id") ?? "") else {
                return error(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.")
            }
            return .json(removed.publicView)
        }
    }

    private func createWebhook(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json, let topic = body["topic"]?.stringValue,
              let url = body["delivery_url"]?.stringValue, !url.isEmpty else {
            return error(400, "rest_missing_callback_param", "Missing parameter(s): topic, delivery_url")
        }
        let parts = topic.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return error(400, "woocommerce_rest_webhook_invalid_topic", "Webhook topic is invalid.") }
        let now = environment.clock.now()
        let id = environment.records.nextID("webhooks", firstID: 1)
        let stamp = dates(now)
        let hook: JSONValue = [
            "id": .int(id), "name": body["name"] ?? .string("Webhook created on \(stamp.local.stringValue ?? "")"),
            "status": body["status"] ?? "active", "topic": .string(topic), "resource": .string(parts[0]), "event": .string(parts[1]),
            "hooks": [.string("woocommerce_\(parts[1])_\(parts[0])")], "delivery_url": .string(url),
            "date_created": stamp.local, "date_created_gmt": stamp.gmt, "date_modified": stamp.local, "date_modified_gmt": stamp.gmt,
            "$secret": body["secret"] ?? .string(webhookSecret), "$created": .double(now.timeIntervalSince1970),
            "_links": ["self": [["href": .string("\(environment.baseURL)\(Self.prefix)/webhooks/\(id)")]]],
        ]
        environment.records.put("webhooks", id: String(id), hook)
        let ping = OutgoingWebhook(url: url, topic: "ping", headers: [
            ("Content-Type", "application/x-www-form-urlencoded"), ("User-Agent", Self.userAgent),
        ], body: Data("webhook_id=\(id)".utf8))
        let sender = environment.webhooks
        Task { _ = await sender.send([ping]) }
        return .json(hook.publicView, status: 201,
                     headers: [("Location", "\(environment.baseURL)\(Self.prefix)/webhooks/\(id)")])
    }

    /// Deliveries for `order.updated`-style topics: the resource as the REST API returns it
    /// (`{"id": N}` for `deleted`), signed `X-WC-Webhook-Signature` = base64 HMAC-SHA256 of the body.
    public func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        let parts = fire.topic.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ControlError("WooCommerce topics look like order.updated") }
        let (resource, event) = (parts[0], parts[1])
        let path = resource + "s"
        let payload: JSONValue
        if let given = fire.payload {
            payload = given
        } else {
            let id = fire.resourceID ?? environment.records.all(path).last?["id"]?.stringValue
            guard let id, let record = environment.records.get(path, id: id) else {
                throw ControlError("no \(resource) \(fire.resourceID ?? "") to notify about")
            }
            payload = event == "deleted" ? ["id": record["id"] ?? nil] : record.publicView
        }
        let body = payload.serialized()
        let targets: [(url: String, secret: String, id: String)] = fire.url.map { [($0, webhookSecret, "0")] }
            ?? environment.records.all("webhooks").compactMap { hook in
                guard hook["topic"]?.stringValue == fire.topic, hook["status"]?.stringValue == "active",
                      let url = hook["delivery_url"]?.stringValue else { return nil }
                return (url, hook["$secret"]?.stringValue ?? webhookSecret, hook["id"]?.stringValue ?? "0")
            }
        return targets.map { target in
            var signature = WebhookSigning.hmacSHA256Base64(body: body, secret: target.secret)
            if fire.badSignature { signature = WebhookSigning.corrupt(signature) }
            let delivery = WebhookSigning.hmacSHA256Hex(message: Data("\(target.id)\(UUID().uuidString)".utf8), key: Data("wp".utf8))
            return OutgoingWebhook(url: target.url, topic: fire.topic, headers: [
                ("Content-Type", "application/json"), ("User-Agent", Self.userAgent),
                ("X-WC-Webhook-Source", environment.baseURL + "/"), ("X-WC-Webhook-Topic", fire.topic),
                ("X-WC-Webhook-Resource", resource), ("X-WC-Webhook-Event", event),
                ("X-WC-Webhook-Signature", signature), ("X-WC-Webhook-ID", target.id),
                ("X-WC-Webhook-Delivery-ID", String(delivery.prefix(32))),
            ], body: body)
        }
    }
}

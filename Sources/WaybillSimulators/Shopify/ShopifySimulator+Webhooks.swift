import Foundation

extension ShopifySimulator {
    func registerWebhooks(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/webhooks.json") { [unowned self] _ in
            .json(["webhooks": .array(environment.records.all("webhooks"))])
        }
        addAPI(&router, "POST", "/webhooks.json") { [unowned self] request in
            guard let body = request.json?["webhook"], let topic = body["topic"]?.stringValue, topic.contains("/") else {
                throw unprocessable("topic", "Invalid topic specified.")
            }
            guard let address = body["address"]?.stringValue, address.hasPrefix("http") else {
                throw unprocessable("address", "is invalid")
            }
            if environment.records.first("webhooks", where: { $0["topic"]?.stringValue == topic && $0["address"]?.stringValue == address }) != nil {
                throw unprocessable("address", "for this topic has already been taken")
            }
            let id = nextID("webhooks")
            var hook: JSONValue = ["id": .int(id), "address": .string(address), "topic": .string(topic),
                                   "format": body["format"] ?? "json", "fields": body["fields"] ?? [],
                                   "metafield_namespaces": [], "api_version": .string(request.parameter("version") ?? ""),
                                   "admin_graphql_api_id": Self.gid("WebhookSubscription", id)]
            stamp(&hook, "created_at")
            stamp(&hook, "updated_at")
            environment.records.put("webhooks", id: String(id), hook)
            return .json(["webhook": hook.publicView], status: 201)
        }
        addAPI(&router, "DELETE", "/webhooks/{id}.json") { [unowned self] request in
            guard environment.records.delete("webhooks", id: request.parameter("id") ?? "") != nil else { return notFound(request) }
            return .json([:])
        }
    }

    /// Deliveries of the full REST resource for `orders/create`-style topics with
    /// `X-Shopify-Hmac-Sha256` (base64 HMAC-SHA256 of the body, keyed with the client secret).
    /// Duplicated copies share `X-Shopify-Webhook-Id` and `X-Shopify-Event-Id`.
    public func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        let parts = fire.topic.split(separator: "/").map(String.init)
        guard parts.count == 2 else { throw ControlError("Shopify topics look like orders/create") }
        let resource = parts[0] == "inventory_levels" ? "inventory_levels" : parts[0]
        let payload: JSONValue
        if let given = fire.payload {
            payload = given
        } else {
            let record = fire.resourceID.flatMap { environment.records.get(resource, id: $0) } ?? environment.records.all(resource).last
            guard let record else { throw ControlError("no \(resource) record \(fire.resourceID ?? "") to notify about") }
            payload = parts[1] == "delete" ? ["id": record["id"] ?? nil] : record.publicView
        }
        let body = payload.serialized()
        let targets = fire.url.map { [($0, "2025-07")] } ?? environment.records.all("webhooks").compactMap { hook in
            hook["topic"]?.stringValue == fire.topic ? hook["address"]?.stringValue.map { ($0, hook["api_version"]?.stringValue ?? "2025-07") } : nil
        }
        var signature = WebhookSigning.hmacSHA256Base64(body: body, secret: webhookSecret)
        if fire.badSignature { signature = WebhookSigning.corrupt(signature) }
        let eventID = UUID().uuidString.lowercased()
        let triggered = SimTime.format(environment.clock.now(), zone: SimTime.utc, pattern: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        return targets.map { url, version in
            OutgoingWebhook(url: url, topic: fire.topic, headers: [
                ("Content-Type", "application/json"), ("X-Shopify-Topic", fire.topic), ("X-Shopify-Hmac-Sha256", signature),
                ("X-Shopify-Shop-Domain", shopDomain), ("X-Shopify-API-Version", version),
                ("X-Shopify-Webhook-Id", UUID().uuidString.lowercased()), ("X-Shopify-Event-Id", eventID),
                ("X-Shopify-Triggered-At", triggered),
            ], body: body)
        }
    }
}

/// Decodes `webhooks:`.
enum WebhookDecoder {
    static func decode(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> WebhookDefinition? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let verification = reader.value("verification").flatMap { verificationScheme($0, reader.child("verification"), session) }
        let envelope = reader.choice("envelope", WebhookDefinition.Envelope.self) ?? .record
        let pointer = reader.string("pointer")
        if envelope == .pointer, pointer == nil { _ = reader.required("pointer") }
        var ping: String?
        if let pingNode = reader.value("ping"), let inner = session.mapping(pingNode, reader.child("ping")) {
            ping = inner.string("body_form_field", required: true)
            inner.finish()
        }
        let resources = reader.entries("resources") { _, node, path in session.string(node, path) } ?? []
        return WebhookDefinition(
            verification: verification, envelope: envelope, pointer: pointer,
            event: reader.value("event").flatMap { valueSource($0, reader.child("event"), session) },
            deliveryID: reader.value("delivery_id").flatMap { valueSource($0, reader.child("delivery_id"), session) },
            events: reader.strings("events") ?? [], pingBodyFormField: ping,
            resources: Dictionary(resources, uniquingKeysWith: { first, _ in first }),
            channelCheck: reader.value("channel_check").flatMap { channelCheck($0, reader.child("channel_check"), session) })
    }

    static func valueSource(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> ValueSource? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        if let header = reader.string("header") { return .header(header) }
        if let body = reader.string("body") { return .body(body) }
        session.report(.missingKey, at: node.location, "`\(path.lastPathComponent)` needs `header:` or `body:`")
        return nil
    }

    private enum SchemeName: String, CaseIterable {
        case hmac_sha256, standard_webhooks, none
    }

    private static func verificationScheme(_ node: YAMLNode, _ path: String,
                                           _ session: DecodeSession) -> WebhookVerification? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        guard let scheme = reader.choice("scheme", SchemeName.self, required: true) else { return nil }
        func slot(_ key: String) -> SecretSlot? {
            reader.required(key).flatMap { session.secretSlot($0, reader.child(key)) }
        }
        switch scheme {
        case .hmac_sha256:
            let header = reader.string("header", required: true)
            let encoding = reader.string("encoding") ?? "base64"
            if !["base64", "hex"].contains(encoding), let node = reader.value("encoding") {
                session.report(.badValue, at: node.location, "`encoding` is base64 or hex")
            }
            let prefix = reader.string("prefix")
            guard let header, let secret = slot("secret") else { return nil }
            return .hmacSHA256(header: header, encoding: encoding, prefix: prefix, secret: secret)
        case .standard_webhooks:
            let tolerance = reader.duration("tolerance") ?? RuleDuration(milliseconds: 300_000)
            return slot("secret").map { .standardWebhooks(secret: $0, tolerance: tolerance) }
        case .none:
            return .none(pathToken: reader.bool("path_token") ?? false)
        }
    }
}

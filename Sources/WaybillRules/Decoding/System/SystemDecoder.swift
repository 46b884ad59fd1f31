import Foundation

/// Decodes a `system:` document.
enum SystemDecoder {
    static func decode(_ reader: MappingReader) -> SystemDefinition? {
        let session = reader.session
        let name = reader.string("system", required: true)
        let kind = reader.choice("kind", SystemDefinition.Kind.self, required: true)
        let title = reader.string("title")
        let baseURL = reader.value("base_url").map { baseURLRule($0, reader.child("base_url"), session) }
        let odooProtocol = reader.choice("protocol", OdooProtocol.self)
        let auth = reader.value("auth").flatMap { AuthDecoder.decode($0, reader.child("auth"), session) }
        let timeZone = reader.string("time_zone") ?? "UTC"
        if TimeZone(identifier: timeZone) == nil, let node = reader.value("time_zone") {
            session.report(.badTimeZone, at: node.location, "`\(timeZone)` is not an IANA time zone",
                           suggestion: Suggestion.closest(to: timeZone, in: TimeZone.knownTimeZoneIdentifiers))
        }
        let headers = reader.entries("headers") { _, node, path in session.template(node, path) } ?? []
        let rateLimit = reader.value("rate_limit").flatMap { PolicyDecoder.rateLimit($0, reader.child("rate_limit"), session) }
        let retry = reader.value("retry").flatMap { PolicyDecoder.retry($0, reader.child("retry"), session) } ?? .standard
        let pagination = reader.value("pagination").flatMap { PolicyDecoder.pagination($0, reader.child("pagination"), session) }
        let types = reader.entries("types") { _, node, path -> FieldType? in
            // A named type is a field schema (`sku: string`), or a long-form type when it has `type:`.
            if case .mapping(let entries) = node.content, !entries.contains(where: { $0.key == "type" }) {
                return .object(session.fieldSchema(node, path))
            }
            return session.fieldType(node, path)
        } ?? []
        let resources = reader.entries("resources") { name, node, path in
            ResourceDecoder.resource(name, node, path, session)
        } ?? []
        let models = reader.entries("models") { name, node, path in ResourceDecoder.model(name, node, path, session) } ?? []
        let webhooks = reader.value("webhooks").flatMap { WebhookDecoder.decode($0, reader.child("webhooks"), session) }
        reader.allow("description")
        if kind == .rest, !models.isEmpty, let node = reader.value("models") {
            session.report(.wrongTargetKind, at: node.location, "a REST system declares `resources:`, not `models:`")
        }
        if kind == .odoo, !resources.isEmpty, let node = reader.value("resources") {
            session.report(.wrongTargetKind, at: node.location, "an Odoo system declares `models:`, not `resources:`")
        }
        guard let name, let kind else { return nil }
        return SystemDefinition(
            name: name, kind: kind, title: title,
            baseURL: baseURL ?? BaseURLRule(defaultURL: nil, pattern: nil, forms: []),
            odooProtocol: kind == .odoo ? (odooProtocol ?? .auto) : odooProtocol,
            auth: auth, timeZone: timeZone,
            headers: headers.map { NamedTemplate(name: $0.0, value: $0.1) },
            rateLimit: rateLimit, retry: retry, pagination: pagination,
            types: Dictionary(types, uniquingKeysWith: { first, _ in first }),
            resources: Dictionary(resources, uniquingKeysWith: { first, _ in first }),
            models: Dictionary(models, uniquingKeysWith: { first, _ in first }),
            webhooks: webhooks, location: reader.node.location)
    }

    private static func baseURLRule(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> BaseURLRule {
        if let scalar = node.scalar {
            return BaseURLRule(defaultURL: scalar.text, pattern: nil, forms: [])
        }
        guard let reader = session.mapping(node, path) else { return BaseURLRule(defaultURL: nil, pattern: nil, forms: []) }
        defer { reader.finish() }
        let forms = reader.strings("forms") ?? []
        let known = ["odoo_online", "odoo_sh", "self_hosted"]
        for form in forms where !known.contains(form) {
            session.report(.badValue, at: reader.value("forms")?.location ?? node.location,
                           "`\(form)` is not an Odoo URL form; expected odoo_online, odoo_sh or self_hosted",
                           suggestion: Suggestion.closest(to: form, in: known))
        }
        return BaseURLRule(defaultURL: reader.string("default"), pattern: reader.regex("pattern"), forms: forms)
    }
}

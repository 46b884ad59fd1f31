/// Decodes `trigger:`.
enum TriggerDecoder {
    static func decode(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Trigger? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let webhook = reader.value("webhook").flatMap { webhookTrigger($0, reader.child("webhook"), session) }
        let poll = reader.value("poll").flatMap { pollTrigger($0, reader.child("poll"), session) }
        if !reader.has("webhook"), !reader.has("poll") {
            session.report(.missingKey, at: node.location, "a trigger needs `webhook:`, `poll:` or both")
            return nil
        }
        return Trigger(webhook: webhook, poll: poll)
    }

    private static func webhookTrigger(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> WebhookTrigger? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let system = reader.string("system", required: true)
        let events = reader.strings("events") ?? []
        return system.map { WebhookTrigger(system: $0, events: events) }
    }

    private static func pollTrigger(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> PollTrigger? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let system = reader.string("system", required: true)
        let source = recordSource(reader)
        let every = reader.duration("every", required: true)
        let domain = reader.value("domain").map { session.domain($0, reader.child("domain"), expressions: false) } ?? []
        let query = reader.entries("query") { _, node, path in session.template(node, path) } ?? []
        let cursor = reader.value("cursor").flatMap { cursorOptions($0, reader.child("cursor"), session) }
        guard let system, let source, let every else { return nil }
        return PollTrigger(system: system, source: source, every: every, domain: domain,
                           query: query.map { NamedTemplate(name: $0.0, value: $0.1) }, cursor: cursor)
    }

    private static func cursorOptions(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Cursor? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let field = reader.string("field", required: true)
        return field.map {
            Cursor(field: $0, tieBreaker: reader.string("tie_breaker"), param: reader.string("param"),
                   lookback: reader.duration("lookback"))
        }
    }

    /// `resource:` or `model:` of a mapping (exactly one).
    static func recordSource(_ reader: MappingReader) -> RecordSource? {
        let resource = reader.string("resource")
        let model = reader.string("model")
        switch (resource, model) {
        case (let resource?, nil): return .resource(resource)
        case (nil, let model?): return .model(model)
        case (.some, .some):
            reader.session.report(.conflictingKeys, at: reader.node.location,
                                  "give `resource:` (REST) or `model:` (Odoo), not both")
            return nil
        case (nil, nil):
            reader.session.report(.missingKey, at: reader.node.location.shifted(by: 0, length: 1),
                                  "missing `model:` (Odoo) or `resource:` (REST) in `\(reader.path)`")
            return nil
        }
    }
}

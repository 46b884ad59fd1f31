/// Decodes a `tenants:` document (connections.yaml).
enum ConnectionsDecoder {
    static func decode(_ reader: MappingReader) -> ConnectionsDefinition? {
        let session = reader.session
        let tenants = reader.entries("tenants", required: true) { name, node, path in tenant(name, node, path, session) }
        return ConnectionsDefinition(tenants: tenants?.map(\.1) ?? [], location: reader.node.location)
    }

    private static func tenant(_ name: String, _ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Tenant? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        var excluded: [String] = []
        if let flowsNode = reader.value("flows"), let inner = session.mapping(flowsNode, reader.child("flows")) {
            excluded = inner.strings("exclude") ?? []
            inner.finish()
        }
        let connections = reader.entries("connections", required: true) { system, node, path in
            connection(system, node, path, session)
        } ?? []
        return Tenant(name: name, packs: reader.strings("packs") ?? [], excludedFlows: excluded,
                      connections: connections.map(\.1), location: node.location)
    }

    private static func connection(_ system: String, _ node: YAMLNode, _ path: String,
                                   _ session: DecodeSession) -> Connection? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let settings = reader.entries("settings") { _, node, _ in session.literal(node) } ?? []
        let secrets = reader.entries("secrets") { _, node, path in session.string(node, path) } ?? []
        var pathToken: String?
        if let webhookNode = reader.value("webhook"), let inner = session.mapping(webhookNode, reader.child("webhook")) {
            if let tokenNode = inner.value("path_token"), let token = session.mapping(tokenNode, inner.child("path_token")) {
                pathToken = token.string("secret", required: true)
                token.finish()
            }
            inner.finish()
        }
        return Connection(system: system, baseURL: reader.string("base_url"), database: reader.string("database"),
                          login: reader.string("login"), odooProtocol: reader.choice("protocol", OdooProtocol.self),
                          settings: Dictionary(settings, uniquingKeysWith: { first, _ in first }),
                          secrets: Dictionary(secrets, uniquingKeysWith: { first, _ in first }),
                          webhookPathTokenSecret: pathToken, auth: reader.string("auth"), location: node.location)
    }
}

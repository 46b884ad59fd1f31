/// Decodes REST `resources:` and Odoo `models:` entries.
enum ResourceDecoder {
    static func resource(_ name: String, _ node: YAMLNode, _ path: String,
                         _ session: DecodeSession) -> ResourceDefinition? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let operations = reader.entries("operations") { _, node, path in operation(node, path, session) } ?? []
        let fields = reader.value("fields").map { session.fieldSchema($0, reader.child("fields")) } ?? [:]
        reader.allow("description")
        return ResourceDefinition(
            name: name, idField: reader.string("id"), records: reader.string("records"),
            mutable: reader.bool("mutable") ?? true,
            operations: Dictionary(operations, uniquingKeysWith: { first, _ in first }),
            fields: fields, location: node.location)
    }

    static func model(_ name: String, _ node: YAMLNode, _ path: String, _ session: DecodeSession) -> ModelDefinition? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        var fields = reader.value("fields").map { session.fieldSchema($0, reader.child("fields")) } ?? [:]
        for (implicit, type) in ModelDefinition.implicitFields where fields[implicit] == nil {
            fields[implicit] = type
        }
        reader.allow("description")
        return ModelDefinition(name: name, mutable: reader.bool("mutable") ?? true, fields: fields,
                               methods: reader.strings("methods") ?? [], location: node.location)
    }

    private static func operation(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> OperationDefinition? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let method = reader.choice("method", HTTPMethod.self, required: true)
        let operationPath = reader.string("path", required: true)
        let query = reader.entries("query") { _, node, path -> QueryParameter? in
            if node.scalar != nil {
                return session.template(node, path).map { QueryParameter(name: path.lastPathComponent, value: $0) }
            }
            guard let inner = session.mapping(node, path) else { return nil }
            defer { inner.finish() }
            _ = inner.bool("param")
            _ = inner.string("description")
            return QueryParameter(name: path.lastPathComponent, value: nil, field: inner.string("field"))
        } ?? []
        let pagination = reader.value("pagination").flatMap {
            PolicyDecoder.pagination($0, reader.child("pagination"), session)
        }
        guard let method, let operationPath else { return nil }
        return OperationDefinition(method: method, path: operationPath, query: query.map { named in
            QueryParameter(name: named.0, value: named.1.value, field: named.1.field)
        }, records: reader.string("records"), bodyKey: reader.string("body_key"), pagination: pagination,
           replaces: reader.bool("replaces") ?? false)
    }
}

extension ModelDefinition {
    /// Fields every Odoo model has.
    public static let implicitFields: [(String, FieldType)] = [
        ("id", .int), ("display_name", .string),
        ("create_date", .naiveDateTime(zone: "UTC")), ("write_date", .naiveDateTime(zone: "UTC")),
    ]
}

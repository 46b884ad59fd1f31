/// Decodes `read:` and `lookups:`.
enum ReadDecoder {
    static func read(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> ReadOptions? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        return ReadOptions(fields: reader.strings("fields") ?? [], dereference: reader.string("dereference"),
                           each: reader.string("each"), filter: reader.expression("filter"),
                           groupBy: reader.expression("group_by"))
    }

    static func lookup(_ name: String, _ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Lookup? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let key = reader.expression("key")
        let required = reader.bool("required") ?? false
        let when = reader.expression("when")
        let kind: Lookup.Kind?
        if let table = reader.string("table") {
            kind = .table(table)
            if key == nil { _ = reader.required("key") }
        } else if let findNode = reader.value("find") {
            let create = reader.value("create").flatMap { createValues($0, reader.child("create"), session) }
            kind = find(findNode, reader.child("find"), session).map { .find($0, create: create) }
        } else if let allNode = reader.value("find_all") {
            kind = find(allNode, reader.child("find_all"), session).map { .findAll($0) }
        } else if let manyNode = reader.value("find_many") {
            kind = findMany(manyNode, reader.child("find_many"), session).map { .findMany($0) }
        } else {
            reader.allow("create", "find_all", "find_many")
            session.report(.missingKey, at: node.location, "lookup `\(name)` needs `table:`, `find:`, `find_all:` or `find_many:`")
            kind = nil
        }
        return kind.map { Lookup(name: name, kind: $0, key: key, required: required, location: node.location, when: when) }
    }

    private static func find(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Find? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let system = reader.string("system", required: true)
        let source = TriggerDecoder.recordSource(reader)
        let conditions = reader.required("where").map { session.domain($0, reader.child("where"), expressions: true) } ?? []
        let fields = reader.strings("fields") ?? ["id"]
        guard let system, let source else { return nil }
        return Find(system: system, source: source, conditions: conditions, fields: fields)
    }

    private static func findMany(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> FindMany? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let system = reader.string("system", required: true)
        let source = TriggerDecoder.recordSource(reader)
        let field = reader.string("field", required: true)
        let values = reader.expression("values", required: true)
        let fields = reader.strings("fields") ?? ["id"]
        guard let system, let source, let field, let values else { return nil }
        return FindMany(system: system, source: source, field: field, values: values, fields: fields)
    }

    private static func createValues(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> [FieldValue]? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        guard let valuesNode = reader.required("values"),
              let values = session.mapping(valuesNode, reader.child("values")) else { return nil }
        return StepDecoder.values(values, session)
    }
}

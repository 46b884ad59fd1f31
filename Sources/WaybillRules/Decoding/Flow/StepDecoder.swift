/// Decodes one step (`steps:` item, `write:`, or a `then:` follow-up).
enum StepDecoder {
    private enum OperationName: String, CaseIterable {
        case create, update, upsert, call, delete
    }

    static func decode(_ node: YAMLNode, _ path: String, _ session: DecodeSession, defaultName: String) -> Step? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let name = reader.string("name") ?? defaultName
        let when = reader.expression("when")
        if let reportStep = reportStep(reader, node, name: name, when: when, session) { return reportStep }
        let context = Dictionary(reader.entries("context") { _, node, _ in session.literal(node) } ?? [],
                                 uniquingKeysWith: { first, _ in first })
        if let method = reader.string("call"), !reader.has("system") {
            reader.allow("system", "model", "resource", "operation", "values", "match", "then", "method")
            return Step(name: name, system: nil, target: nil, operation: .call(method), match: [], values: [],
                        when: when, then: [], context: context, location: node.location)
        }
        let system = reader.string("system", required: true)
        let target = TriggerDecoder.recordSource(reader)
        let operation = operationOf(reader, session)
        let match = reader.value("match").map { session.domain($0, reader.child("match"), expressions: true) } ?? []
        let mapped = reader.value("values").flatMap { valuesNode -> [FieldValue]? in
            guard let inner = session.mapping(valuesNode, reader.child("values")) else { return nil }
            return Self.values(inner, session)
        } ?? []
        var then: [Step] = []
        if let thenNode = reader.value("then"), let items = session.sequence(thenNode, reader.child("then")) {
            then = items.enumerated().compactMap { index, item in
                decode(item, "\(reader.child("then"))[\(index)]", session, defaultName: "\(name).then\(index + 1)")
            }
            for (index, step) in then.enumerated() where !step.isFollowUpCall {
                session.report(.wrongType, at: items[index].location, "a `then:` item is a follow-up `call:`")
            }
        }
        guard let system, let target, let operation else { return nil }
        return Step(name: name, system: system, target: target, operation: operation, match: match,
                    values: mapped, when: when, then: then, context: context, location: node.location)
    }

    private static func operationOf(_ reader: MappingReader, _ session: DecodeSession) -> Step.Operation? {
        guard let node = reader.required("operation"), let text = session.string(node, reader.child("operation")) else {
            return nil
        }
        switch OperationName(rawValue: text) {
        case .create: return .create
        case .update: return .update
        case .upsert: return .upsert
        case .delete: return .delete
        case .call:
            return reader.string("method", required: true).map { .call($0) } ?? reader.string("call").map { .call($0) }
        case nil:
            return .custom(text)  // checked against the resource's operations by a validator
        }
    }

    /// The entries of a `values:` mapping, each an expression or template.
    static func values(_ reader: MappingReader, _ session: DecodeSession) -> [FieldValue] {
        reader.entries.compactMap { entry in
            let path = reader.child(entry.key)
            session.locations[path + "#key"] = entry.keyLocation.shifted(by: 0, length: entry.key.count)
            return session.expression(entry.value, path).map { FieldValue(field: entry.key, value: $0) }
        }
    }
}

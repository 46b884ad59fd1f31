/// Decodes a `flow:` document.
enum FlowDecoder {
    static func decode(_ reader: MappingReader, pack: String?) -> FlowDefinition? {
        let session = reader.session
        let name = reader.string("flow", required: true)
        let description = reader.string("description")
        let trigger = reader.required("trigger").flatMap { TriggerDecoder.decode($0, reader.child("trigger"), session) }
        let read = reader.value("read").flatMap { ReadDecoder.read($0, reader.child("read"), session) } ?? .plain
        let lookups = reader.entries("lookups") { name, node, path in
            ReadDecoder.lookup(name, node, path, session)
        } ?? []
        var steps: [Step] = []
        let stepsNode = reader.value("steps")
        let writeNode = reader.value("write")
        if let stepsNode, let writeNode {
            session.report(.conflictingKeys, at: writeNode.location.shifted(by: 0, length: 5),
                           "a flow has either `steps:` or `write:`, not both")
        }
        if let stepsNode, let items = session.sequence(stepsNode, reader.child("steps")) {
            steps = items.enumerated().compactMap { index, node in
                StepDecoder.decode(node, "\(reader.child("steps"))[\(index)]", session, defaultName: "step\(index + 1)")
            }
        } else if let writeNode {
            steps = StepDecoder.decode(writeNode, reader.child("write"), session, defaultName: "write").map { [$0] } ?? []
        } else if stepsNode == nil {
            session.report(.noSteps, at: reader.node.location.shifted(by: 0, length: 4),
                           "flow has no `steps:` or `write:`; it would read records and do nothing")
        }
        let identity = reader.template("identity")
        let version = reader.expression("version")
        guard let name, let trigger else { return nil }
        return FlowDefinition(name: name, pack: pack, description: description, trigger: trigger, read: read,
                              lookups: lookups.map(\.1), steps: steps, identity: identity, version: version,
                              location: reader.node.location)
    }
}

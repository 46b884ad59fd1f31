/// A decoded document with the file locations of its parts, keyed by decoding path
/// (`trigger.poll.model`, `steps[0].values.weight`; `path#key` is the key itself).
public struct Located<Value: Sendable>: Sendable {
    /// The decoded value.
    public var value: Value
    /// The file it came from.
    public var file: String
    /// Locations by path.
    public var locations: [String: SourceLocation]

    /// The location of a path, falling back to its parent paths and then to the file's start.
    public func location(_ path: String) -> SourceLocation {
        var current = path
        while !current.isEmpty {
            if let location = locations[current] { return location }
            if let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) {
                current = String(current[..<cut])
            } else {
                break
            }
        }
        return locations[""] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// The location of a key (`path#key`), else of its value.
    public func keyLocation(_ path: String) -> SourceLocation {
        locations[path + "#key"] ?? location(path)
    }
}

/// Everything decoded from a set of rule files, before cross-file validation.
public struct RuleModel: Sendable {
    /// The source texts by path.
    public var sources: [String: SourceFile] = [:]
    /// System documents.
    public var systems: [Located<SystemDefinition>] = []
    /// Flow documents.
    public var flows: [Located<FlowDefinition>] = []
    /// Table documents (YAML and CSV).
    public var tables: [Located<TableDefinition>] = []
    /// Connections documents.
    public var connections: [Located<ConnectionsDefinition>] = []

    /// The first system with a name.
    public func system(_ name: String) -> SystemDefinition? { systems.first { $0.value.name == name }?.value }
    /// The first table with a name.
    public func table(_ name: String) -> TableDefinition? { tables.first { $0.value.name == name }?.value }
}

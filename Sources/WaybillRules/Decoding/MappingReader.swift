/// Reads the keys of one mapping, remembering which keys the grammar knows so that `finish()`
/// reports the unknown ones with a "did you mean" suggestion.
final class MappingReader {
    let session: DecodeSession
    let node: YAMLNode
    let path: String
    let entries: [YAMLEntry]
    private var known: [String] = []

    init(session: DecodeSession, node: YAMLNode, path: String, entries: [YAMLEntry]) {
        self.session = session
        self.node = node
        self.path = path
        self.entries = entries
    }

    /// The keys in document order.
    var keys: [String] { entries.map(\.key) }

    /// Whether the mapping has the key (does not mark it as known).
    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The value node of a key (nil when absent); marks the key as known.
    func value(_ key: String) -> YAMLNode? {
        known.append(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        session.locations[path.appending(key)] = entry.value.location
        session.locations[path.appending(key) + "#key"] = entry.keyLocation.shifted(by: 0, length: key.count)
        return entry.value
    }

    /// The value node of a required key; reports a missing key when absent.
    func required(_ key: String) -> YAMLNode? {
        guard let node = value(key) else {
            session.report(.missingKey, at: node.location.shifted(by: 0, length: 1),
                           "missing required key `\(key)`\(path.isEmpty ? "" : " in `\(path)`")")
            return nil
        }
        return node
    }

    /// The child path of a key.
    func child(_ key: String) -> String { path.appending(key) }

    /// Marks keys as known without reading them.
    func allow(_ keys: String...) { known.append(contentsOf: keys) }

    /// Reports every key that was never asked for.
    func finish() {
        for entry in entries where !known.contains(entry.key) {
            let suggestion = Suggestion.closest(to: entry.key, in: known)
            session.report(.unknownKey, at: entry.keyLocation.shifted(by: 0, length: entry.key.count),
                           "unknown key `\(entry.key)`\(path.isEmpty ? "" : " in `\(path)`")",
                           suggestion: suggestion,
                           notes: suggestion == nil ? ["allowed here: \(known.joined(separator: ", "))"] : [])
        }
    }
}

/// A string-keyed dictionary that keeps insertion order, as Python dicts do.
public struct OdooDict: Sendable, Hashable, Sequence {
    /// The keys in insertion order.
    public private(set) var keys: [String] = []
    private var storage: [String: OdooValue] = [:]

    /// An empty dictionary.
    public init() {}

    /// A dictionary from ordered pairs; a repeated key keeps its first position and last value.
    public init(_ pairs: [(String, OdooValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The value for `key`, or nil. Setting nil removes the key.
    public subscript(key: String) -> OdooValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The number of entries.
    public var count: Int { keys.count }
    /// True when there are no entries.
    public var isEmpty: Bool { keys.isEmpty }

    /// Iterates `(key, value)` pairs in insertion order.
    public func makeIterator() -> AnyIterator<(key: String, value: OdooValue)> {
        var index = 0
        return AnyIterator {
            guard index < keys.count else { return nil }
            let key = keys[index]
            index += 1
            return (key, storage[key] ?? .none)
        }
    }

    /// Equal when the same keys hold the same values (order is ignored, as for Python dicts).
    public static func == (lhs: OdooDict, rhs: OdooDict) -> Bool { lhs.storage == rhs.storage }
    /// Hashes the entries.
    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }
}

extension OdooDict: ExpressibleByDictionaryLiteral {
    /// `["name": "Azure", "is_company": true]`.
    public init(dictionaryLiteral elements: (String, OdooValue)...) {
        self.init(elements)
    }
}

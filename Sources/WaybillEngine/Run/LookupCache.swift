import WaybillExpressions

/// Results of dynamic finds, shared by the units of one run so each distinct find is made once.
public final class LookupCache: Sendable {
    private let entries = Locked<[String: Value]>([:])

    /// Creates an empty cache.
    public init() {}

    func value(_ key: String) -> Value? {
        entries.withLock { $0[key] }
    }

    func store(_ value: Value, for key: String) {
        entries.withLock { $0[key] = value }
    }
}

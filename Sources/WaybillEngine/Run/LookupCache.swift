import WaybillExpressions

/// Results of dynamic finds, shared by the units of one run so each distinct find is made once —
/// also when several workers ask for the same one at the same moment (single flight).
public final class LookupCache: Sendable {
    private let entries = Locked<[String: Value]>([:])
    private let inFlight = Locked<[String: Task<Value, any Error>]>([:])

    /// Creates an empty cache.
    public init() {}

    func value(_ key: String) -> Value? {
        entries.withLock { $0[key] }
    }

    func store(_ value: Value, for key: String) {
        entries.withLock { $0[key] = value }
    }

    /// The cached value of `key`, else the result of `compute`, run once however many callers
    /// ask concurrently (a failure is not cached: the next caller tries again).
    func shared(_ key: String, _ compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let cached = value(key) { return cached }
        let task = inFlight.withLock { running -> Task<Value, any Error> in
            if let task = running[key] { return task }
            let task = Task { try await compute() }
            running[key] = task
            return task
        }
        do {
            let result = try await task.value
            store(result, for: key)
            inFlight.withLock { $0[key] = nil }
            return result
        } catch {
            inFlight.withLock { $0[key] = nil }
            throw error
        }
    }
}

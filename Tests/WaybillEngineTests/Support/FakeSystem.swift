import Foundation
import WaybillEngine
import WaybillExpressions

/// An in-memory system for unit tests: records per target, cursor-ordered lists, simple domains,
/// injectable faults, and a log of every write call.
final class FakeSystem: SystemClient, @unchecked Sendable {
    let name: String
    let host: String
    private let lock = NSLock()
    private var tables: [String: [[String: Value]]] = [:]
    private var nextID = 100
    private var faults: [(operation: String, error: EngineError)] = []
    private var failureRate: (rate: Double, generator: SplitMix)?
    private(set) var writes: [String] = []

    init(name: String, host: String = "fake.example") {
        self.name = name
        self.host = host
    }

    func insert(_ target: String, _ record: [String: Value]) {
        lock.withLock { tables[target, default: []].append(record) }
    }

    func records(_ target: String) -> [[String: Value]] { lock.withLock { tables[target] ?? [] } }

    func writeLog() -> [String] { lock.withLock { writes } }

    /// The next call of `operation` (`create`, `update`, `find`, `list`, `call`, `fetch`) throws.
    func failNext(_ operation: String, with error: EngineError, times: Int = 1) {
        lock.withLock { for _ in 0..<times { faults.append((operation, error)) } }
    }

    /// Every write fails transiently with this probability (seeded).
    func failWrites(rate: Double, seed: UInt64) {
        lock.withLock { failureRate = (rate, SplitMix(seed)) }
    }

    /// Throws an injected fault; returns true when the write must succeed and then report a
    /// failure (the response was lost after the server committed).
    @discardableResult
    private func checkFault(_ operation: String) throws -> Bool {
        var lostResponse = false
        let error: EngineError? = lock.withLock {
            if let index = faults.firstIndex(where: { $0.operation == operation }) {
                return faults.remove(at: index).error
            }
            if ["create", "update", "call"].contains(operation), var random = failureRate {
                let draw = Double(random.generator.next() % 10_000) / 10_000
                failureRate = random
                if draw < random.rate / 2 { return EngineError.transient("503 injected", retryAfter: nil) }
                if draw < random.rate { lostResponse = true }
            }
            return nil
        }
        if let error { throw error }
        return lostResponse
    }

    private func trace(_ trace: CallTrace, _ method: String, _ path: String, _ status: Int) {
        trace.record(CallRecord(system: name, method: method, url: "https://\(host)/\(path)", status: status,
                                duration: .milliseconds(1), result: status < 400 ? "ok" : "error"))
    }

    func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value] {
        try checkFault("list")
        self.trace(trace, "GET", source, 200)
        var rows = records(source).filter { row in query.conditions.allSatisfy { Self.matches(row, $0) } }
        if let cursor = query.cursor {
            func mark(_ row: [String: Value]) -> CursorMark {
                CursorMark(writeDate: row[cursor.field]?.text ?? "", id: Int64(row[cursor.tieBreaker]?.text ?? "") ?? 0)
            }
            rows.sort { mark($0) < mark($1) }
            if let since = query.since { rows = rows.filter { mark($0).writeDate >= since } }
            if let after = query.after { rows = rows.filter { mark($0) > after } }
            return rows.prefix(query.limit).map(Value.object)
        }
        return rows.dropFirst((query.page - 1) * query.limit).prefix(query.limit).map(Value.object)
    }

    func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value]
    {
        try checkFault("find")
        self.trace(trace, "GET", "\(target)?search", 200)
        let rows = records(target).filter { row in conditions.allSatisfy { Self.matches(row, $0) } }
        return rows.prefix(limit ?? rows.count).map(Value.object)
    }

    func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String {
        let loseResponse = try checkFault("create")
        self.trace(trace, "POST", target, 201)
        let id = lock.withLock {
            nextID += 1
            var row = values
            row["id"] = .int(nextID)
            tables[target, default: []].append(row)
            writes.append("create \(target) \(nextID)")
            return String(nextID)
        }
        if loseResponse { throw EngineError.transient("connection reset after the create was committed") }
        return id
    }

    func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws {
        try checkFault("update")
        self.trace(trace, "PUT", "\(target)/\(id)", 200)
        try lock.withLock {
            guard let index = tables[target]?.firstIndex(where: { $0["id"]?.text == id }) else {
                throw EngineError.permanent("404 \(target)/\(id)")
            }
            for (field, value) in values { tables[target]?[index][field] = value }
            writes.append("update \(target) \(id)")
        }
    }

    func delete(_ target: String, id: String, trace: CallTrace) async throws {
        lock.withLock { tables[target]?.removeAll { $0["id"]?.text == id } }
    }

    func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace) async throws {
        try checkFault("call")
        self.trace(trace, "POST", "\(target)/\(id)/\(operation)", 200)
        lock.withLock { writes.append("call \(target) \(id) \(operation)") }
    }

    func fetch(_ url: URL, trace: CallTrace) async throws -> Value {
        try checkFault("fetch")
        let id = url.lastPathComponent
        let row = records(url.deletingLastPathComponent().lastPathComponent).first { $0["id"]?.text == id }
        return row.map(Value.object) ?? .null
    }

    func owns(_ url: URL) -> Bool { url.host == host }

    static func matches(_ row: [String: Value], _ condition: Condition) -> Bool {
        let value = row[condition.field] ?? .null
        switch condition.op {
        case "=", "==": return value.text == condition.value.text
        case "!=": return value.text != condition.value.text
        case "in":
            guard case .list(let items) = condition.value else { return false }
            return items.contains { $0.text == value.text }
        default: return false
        }
    }
}

/// A tiny seeded generator.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

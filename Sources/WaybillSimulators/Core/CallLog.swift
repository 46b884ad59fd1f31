import Foundation

/// One request a simulator answered (or dropped).
public struct CallRecord: Sendable, Equatable {
    /// Sequence number, from 1.
    public var sequence: Int
    /// Method, e.g. `GET`.
    public var method: String
    /// Path without the query string.
    public var path: String
    /// Raw query string.
    public var query: String
    /// Status sent; 0 when the connection was dropped without a response.
    public var status: Int
    /// Simulated time the request arrived.
    public var time: Date
    /// Selected request headers (credentials redacted).
    public var headers: [String: String]
    /// The injected fault, if any (e.g. `status_503`, `drop`).
    public var fault: String?

    /// Renders the record for the control API.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "sequence": .int(sequence), "method": .string(method), "path": .string(path),
            "query": .string(query), "status": .int(status), "time": .string(SimTime.iso8601(time)),
            "headers": .object(headers.mapValues { .string($0) }),
        ]
        object["fault"] = fault.map { .string($0) } ?? .null
        return .object(object)
    }
}

/// The calls a simulator received and counters by status. Keeps at least the most recent `capacity` calls;
/// counters cover every call since the last reset.
public final class CallLog: Sendable {
    private struct State {
        var calls: [CallRecord] = []
        var sequence = 0
        var byStatus: [Int: Int] = [:]
        var rateLimited = 0
        var faultsInjected = 0
        var dropped = 0
    }

    /// Request headers kept in the log (names lower-cased). Authorization values are redacted.
    public static let keptHeaders: Set<String> = [
        "authorization", "api-key", "x-shopify-access-token", "shipbob_channel_id", "content-type",
        "user-agent", "x-odoo-database", "idempotency-key",
    ]

    private let state = Locked(State())
    private let capacity: Int

    /// A log keeping the last `capacity` calls.
    public init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// Records one call. `rateLimited` marks a 429 produced by the simulator's own rate limiter.
    public func record(_ request: SimRequest, status: Int, time: Date, fault: String?, rateLimited: Bool) {
        var headers: [String: String] = [:]
        for (name, value) in request.headers where Self.keptHeaders.contains(name) {
            headers[name] = Self.redact(name: name, value: value)
        }
        state.withLock { state in
            state.sequence += 1
            let call = CallRecord(
                sequence: state.sequence, method: request.method, path: request.path, query: request.rawQuery,
                status: status, time: time, headers: headers, fault: fault
            )
            state.calls.append(call)
            // Trim in chunks so that a full log costs amortised O(1) per call, not a shift of the array.
            if state.calls.count > capacity + capacity / 4 { state.calls.removeFirst(state.calls.count - capacity) }
            state.byStatus[status, default: 0] += 1
            if rateLimited { state.rateLimited += 1 }
            if fault != nil { state.faultsInjected += 1 }
            if status == 0 { state.dropped += 1 }
        }
    }

    /// The recorded calls, oldest first.
    public var calls: [CallRecord] {
        state.withLock { $0.calls }
    }

    /// Counters: `total`, `by_status`, `rate_limited` (429s from the rate limiter), `status_429`
    /// (every 429 sent, injected or not), `faults_injected`, `dropped`.
    public var counters: JSONValue {
        state.withLock { state in
            let byStatus = Dictionary(uniqueKeysWithValues: state.byStatus.map { (String($0.key), JSONValue.int($0.value)) })
            return .object([
                "total": .int(state.sequence), "by_status": .object(byStatus),
                "rate_limited": .int(state.rateLimited), "status_429": .int(state.byStatus[429] ?? 0),
                "faults_injected": .int(state.faultsInjected), "dropped": .int(state.dropped),
            ])
        }
    }

    /// The number of calls answered with `status`.
    public func count(status: Int) -> Int {
        state.withLock { $0.byStatus[status] ?? 0 }
    }

    /// Forgets every call and counter.
    public func reset() {
        state.withLock { $0 = State() }
    }

    private static func redact(name: String, value: String) -> String {
        guard name == "authorization" || name == "api-key" || name == "x-shopify-access-token" else { return value }
        let scheme = value.split(separator: " ").first.map(String.init) ?? ""
        return value.contains(" ") ? "\(scheme) [redacted]" : "[redacted]"
    }
}

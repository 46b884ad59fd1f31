import Foundation

/// One call to a system as the audit shows it: never a secret (URLs are redacted by the client).
public struct CallRecord: Sendable, Hashable {
    /// The system.
    public var system: String
    /// HTTP method or RPC method.
    public var method: String
    /// URL without secrets.
    public var url: String
    /// HTTP status, if a response came.
    public var status: Int?
    /// How long it took.
    public var duration: Duration
    /// `ok`, or the error's short text.
    public var result: String

    /// Creates a record.
    public init(system: String, method: String, url: String, status: Int?, duration: Duration, result: String) {
        self.system = system
        self.method = method
        self.url = url
        self.status = status
        self.duration = duration
        self.result = result
    }
}

/// Collects the calls made for one unit of work (thread-safe).
public final class CallTrace: Sendable {
    private let storage = Locked<[CallRecord]>([])

    /// Creates an empty trace.
    public init() {}

    /// Appends a call.
    public func record(_ call: CallRecord) {
        storage.withLock { $0.append(call) }
    }

    /// The calls so far, in order.
    public var calls: [CallRecord] { storage.withLock { $0 } }

    /// Removes and returns the calls so far.
    func drain() -> [CallRecord] {
        storage.withLock { calls in
            defer { calls.removeAll() }
            return calls
        }
    }
}

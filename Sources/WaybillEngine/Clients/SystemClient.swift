import Foundation
import WaybillExpressions

/// What the engine needs from one account of one system. One client per (tenant, system) is
/// shared by every flow and worker, so its rate budget and tokens are shared too.
///
/// Implementations throw ``EngineError`` (transient with the server's delay, or permanent) and
/// report each call to `trace` so that the audit shows method, URL without secrets, status and
/// duration.
public protocol SystemClient: Sendable {
    /// One page of records of `source`, ordered by the cursor's `(field, tieBreaker)` when given.
    func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value]

    /// Records of `target` matching every condition (at most `limit`).
    func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value]

    /// Creates a record; returns its id.
    func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String

    /// Creates a record; returns its id and the record as the system answered the create (nil
    /// when the answer carries no record). Defaults to ``create(_:values:trace:)`` with no record.
    func createRecord(_ target: String, values: [String: Value], trace: CallTrace) async throws
        -> (id: String, record: Value?)

    /// Updates a record.
    func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws

    /// Deletes a record.
    func delete(_ target: String, id: String, trace: CallTrace) async throws

    /// Calls a method or custom operation on a record, with optional values.
    func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace)
        async throws

    /// GETs a pointer URL (already checked to be on this system's host) and returns the body.
    func fetch(_ url: URL, trace: CallTrace) async throws -> Value

    /// Whether `url` may be dereferenced with this client's credentials (same scheme, host, port).
    func owns(_ url: URL) -> Bool
}

/// One page request of a poll.
public struct ListQuery: Sendable, Hashable {
    /// Fixed conditions (the poll's domain).
    public var conditions: [Condition]
    /// Fields to read.
    public var fields: [String]
    /// The cursor fields, when the poll has a cursor.
    public var cursor: CursorProgram?
    /// Only records at or after this `write_date` text (start of the lookback window).
    public var since: String?
    /// Only records strictly after this `(write_date, id)` tuple (paging).
    public var after: CursorMark?
    /// Page size.
    public var limit: Int
    /// Page number for systems without cursor support (1-based).
    public var page: Int
    /// Fixed query parameters (a REST poll's `query:`), sent as given; ignored by Odoo.
    public var parameters: [String: String] = [:]

    /// Creates a query.
    public init(
        conditions: [Condition] = [], fields: [String] = [], cursor: CursorProgram? = nil, since: String? = nil,
        after: CursorMark? = nil, limit: Int = 200, page: Int = 1
    ) {
        self.conditions = conditions
        self.fields = fields
        self.cursor = cursor
        self.since = since
        self.after = after
        self.limit = limit
        self.page = page
    }
}

/// A `(write_date, id)` position as the client sees it.
public struct CursorMark: Sendable, Hashable, Comparable {
    /// The ordering field's text.
    public var writeDate: String
    /// The tie-breaker.
    public var id: Int64

    /// Creates a mark.
    public init(writeDate: String, id: Int64) {
        self.writeDate = writeDate
        self.id = id
    }

    /// Tuple order.
    public static func < (lhs: CursorMark, rhs: CursorMark) -> Bool {
        (lhs.writeDate, lhs.id) < (rhs.writeDate, rhs.id)
    }
}

extension SystemClient {
    /// The id of ``create(_:values:trace:)`` and no answered record.
    public func createRecord(_ target: String, values: [String: Value], trace: CallTrace) async throws
        -> (id: String, record: Value?)
    {
        (try await create(target, values: values, trace: trace), nil)
    }
}

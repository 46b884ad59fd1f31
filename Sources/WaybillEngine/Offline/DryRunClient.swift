import Foundation
import WaybillExpressions

/// One call a flow made against a ``DryRunClient``: what would have been sent.
public struct DryRunCall: Sendable, Hashable {
    /// The system called.
    public var system: String
    /// `find`, `create`, `update`, `delete`, or a custom operation's name.
    public var operation: String
    /// The target (model or resource).
    public var target: String
    /// The record id of an update, delete or custom operation; the made-up id of a create.
    public var id: String?
    /// The values written (empty for `find` and `delete`).
    public var values: [String: Value]
    /// The conditions of a `find`, as text.
    public var conditions: [String]
    /// How many fixture records a `find` answered.
    public var found: Int?

    /// A call; only what the operation has is given.
    public init(
        system: String, operation: String, target: String, id: String? = nil, values: [String: Value] = [:],
        conditions: [String] = [], found: Int? = nil
    ) {
        self.system = system
        self.operation = operation
        self.target = target
        self.id = id
        self.values = values
        self.conditions = conditions
        self.found = found
    }
}

/// A system client that sends nothing, for running a flow offline (`waybill rules test`).
///
/// `find` answers from fixture records of the target, filtered by the conditions as a REST
/// adapter filters (so a `match` finds a fixture record when its fields agree); a create gets a
/// made-up numeric id (1000001, 1000002, …: numeric, since rules may `to_int` an id); every call
/// is appended to the shared ``DryRunLog``.
/// Reading pages (`list`) and dereferencing pointer payloads (`fetch`) are refused: the records
/// to run come from the caller.
public final class DryRunClient: SystemClient {
    let system: String
    let fixtures: [String: [Value]]
    let idFields: [String: String]
    let log: DryRunLog
    /// Made-up ids of creates count up from here.
    static let firstMadeUpID = 1_000_000

    /// A client for `system` answering `find` from `fixtures` (records by target name); a fixture
    /// record's id is read from its target's `idFields` entry (default `id`), as the REST adapter
    /// reads it from the resource's `id_field`.
    public init(system: String, fixtures: [String: [Value]], idFields: [String: String] = [:], log: DryRunLog) {
        self.system = system
        self.fixtures = fixtures
        self.idFields = idFields
        self.log = log
    }

    public func list(_ source: String, query: ListQuery, trace: CallTrace) async throws -> [Value] {
        throw EngineError.permanent("offline run: `\(system)` is not read; give the records to run instead")
    }

    public func find(_ target: String, conditions: [Condition], fields: [String], limit: Int?, trace: CallTrace)
        async throws -> [Value]
    {
        let matcher = try DomainMatcher(conditions)
        let idField = idFields[target] ?? "id"
        var found = (fixtures[target] ?? []).filter(matcher.matches).map {
            RESTSystemClient.withID($0, idField: idField)
        }
        if let limit, limit > 0, found.count > limit { found = Array(found.prefix(limit)) }
        log.append(DryRunCall(system: system, operation: "find", target: target,
                              conditions: conditions.map(\.description), found: found.count))
        return found
    }

    public func create(_ target: String, values: [String: Value], trace: CallTrace) async throws -> String {
        let id = String(Self.firstMadeUpID + log.nextID())
        log.append(DryRunCall(system: system, operation: "create", target: target, id: id, values: values))
        return id
    }

    public func update(_ target: String, id: String, values: [String: Value], trace: CallTrace) async throws {
        log.append(DryRunCall(system: system, operation: "update", target: target, id: id, values: values))
    }

    public func delete(_ target: String, id: String, trace: CallTrace) async throws {
        log.append(DryRunCall(system: system, operation: "delete", target: target, id: id))
    }

    public func call(_ target: String, id: String, operation: String, values: [String: Value], trace: CallTrace)
        async throws
    {
        log.append(DryRunCall(system: system, operation: operation, target: target, id: id, values: values))
    }

    public func fetch(_ url: URL, trace: CallTrace) async throws -> Value {
        throw EngineError.permanent("offline run: pointer payloads are not fetched; give the full records instead")
    }

    public func owns(_ url: URL) -> Bool { false }
}

/// The calls of an offline run, in the order they were made, across systems.
public final class DryRunLog: Sendable {
    private let state = Locked<(calls: [DryRunCall], lastID: Int)>(([], 0))

    /// An empty log.
    public init() {}

    func append(_ call: DryRunCall) { state.withLock { $0.calls.append(call) } }

    /// The next made-up id number (1, 2, …), unique across the run's clients.
    func nextID() -> Int { state.withLock { $0.lastID += 1; return $0.lastID } }

    /// Removes and returns the calls so far.
    public func drain() -> [DryRunCall] {
        state.withLock { state in
            defer { state.calls.removeAll() }
            return state.calls
        }
    }
}

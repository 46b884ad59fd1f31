import Foundation
import WaybillExpressions
import WaybillStore

/// Runs the plan for one unit of work: lookups → map values → payload hash → skip if unchanged →
/// match before create → write → follow-up calls → binding with target id and payload hash.
///
/// Every effect goes through the tenant's clients and the store; every decision lands in the
/// unit's ``AuditTrail``. A repeat of the same unit (re-delivery after a crash, a retry) is
/// absorbed: an unchanged payload makes no call, and a create first looks for the record.
public struct UnitInterpreter: Sendable {
    /// The flow.
    public let flow: FlowProgram
    /// The tenant's clients, tables and settings.
    public let tenant: TenantRuntime
    /// Bindings live here.
    public let store: any StateStore
    /// Counters raised by `report:` steps (`metric:`).
    public let metrics: FlowMetrics

    /// Creates an interpreter.
    public init(flow: FlowProgram, tenant: TenantRuntime, store: any StateStore, metrics: FlowMetrics = FlowMetrics()) {
        self.flow = flow
        self.tenant = tenant
        self.store = store
        self.metrics = metrics
    }

    /// A new scope for a unit.
    public func scope(for unit: Value, now: Date) -> UnitScope {
        UnitScope(unit: unit, flow: flow.name, connection: tenant.settings, tables: tenant.tables, now: now)
    }

    /// The identity of a unit (its idempotency key).
    public func identity(of unit: Value, now: Date) throws -> String {
        try identity(in: scope(for: unit, now: now))
    }

    /// The identity of the unit whose scope is `scope`.
    func identity(in scope: UnitScope) throws -> String {
        let value = try flow.identity.evaluate(scope)
        guard let text = value.text, !text.isEmpty else {
            throw EngineError.mapping("identity `\(flow.identity)` is empty")
        }
        return text
    }

    /// The source version of a unit: the `version` expression, else the payload hash.
    public func version(of unit: Value, now: Date) throws -> String {
        try version(of: unit, in: flow.version == nil ? nil : scope(for: unit, now: now))
    }

    /// The source version of `unit` whose scope is `scope` (`nil` when the flow has no `version`): the
    /// payload hash without a `version`; qualified with it when the version is a timestamp
    /// (``FlowProgram/versionIncludesContent``).
    func version(of unit: Value, in scope: UnitScope?) throws -> String {
        if let version = flow.version, let scope, let text = try version.evaluate(scope).text {
            return flow.versionIncludesContent ? "\(text) #\(PayloadHash.of(unit).prefix(16))" : text
        }
        return PayloadHash.of(unit)
    }

    /// The job of a shaped unit: identity and source version evaluated in one scope, the unit as
    /// its payload.
    public func job(for unit: Value, now: Date) throws -> NewJob {
        let scope = scope(for: unit, now: now)
        return NewJob(flow: flow.name, connection: tenant.name, identity: try identity(in: scope),
                      sourceVersion: try version(of: unit, in: scope), payload: UnitCodec.encode(unit))
    }

    /// Runs the steps for one unit; returns the ids of the target records written or adopted.
    public func run(
        unit: Value, identity: String, now: Date, trace: CallTrace, cache: LookupCache, audit: inout AuditTrail
    ) async throws -> [String] {
        var scope = scope(for: unit, now: now)
        try await LookupResolver(tenant: tenant, cache: cache, trace: trace).resolve(flow.lookups, into: &scope)
        var targets: [String] = []
        let writes = Self.attachFollowUps(flow.steps)
        for step in writes {
            let bindingIdentity = writes.count == 1 ? identity : "\(identity)#\(step.name)"
            if let id = try await runWrite(step, bindingIdentity: bindingIdentity, scope: &scope, now: now,
                                           trace: trace, audit: &audit) {
                targets.append(id)
            }
        }
        return targets
    }

    /// Top-level follow-up `call:` steps belong to the write before them: they run on its record
    /// and complete before its binding records the payload hash (so a failed call is retried).
    static func attachFollowUps(_ steps: [StepProgram]) -> [StepProgram] {
        var result: [StepProgram] = []
        for step in steps {
            if step.isFollowUp, var last = result.popLast() {
                last.then.append(step)
                result.append(last)
            } else {
                result.append(step)
            }
        }
        return result
    }
}

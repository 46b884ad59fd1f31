import Foundation
import WaybillExpressions
import WaybillStore

/// Runs flows for tenants: polls on schedule, leases jobs, runs them on a bounded worker pool,
/// retries, dead-letters, audits. Start it with ``run(clock:now:)`` (daemon) or
/// ``runOnce(flows:tenants:clock:now:)`` (poll once and drain), stop it with ``stop()``.
///
/// Time is passed in: `now` gives wall-clock instants for the store, `clock` paces waiting, so
/// tests drive both.
public final class Engine: Sendable {
    /// The state store.
    public let store: any StateStore
    /// Worker settings.
    public let configuration: EngineConfiguration
    /// Counters the flows raise (`metric:` of `report:` steps), rendered on `/metrics`.
    public let metrics: FlowMetrics
    /// Calls made per tenant and system (for `/metrics`).
    public let callStatistics = CallStatistics()
    /// Interpreters by tenant and flow.
    let interpreters: [Assignment: UnitInterpreter]
    /// Assignments in a stable order (polls run in this order).
    let order: [Assignment]
    private let stopping = Locked(false)
    /// Wakes the shutdown watcher of the running batch.
    let stopSignal = StopSignal()

    /// A flow run for a tenant.
    struct Assignment: Hashable {
        var tenant: String
        var flow: String
    }

    /// Creates an engine running every flow for every tenant in `assignments`.
    public init(assignments: [(flow: FlowProgram, tenant: TenantRuntime)], store: any StateStore,
                configuration: EngineConfiguration = EngineConfiguration()) {
        var interpreters: [Assignment: UnitInterpreter] = [:]
        var order: [Assignment] = []
        let metrics = FlowMetrics()
        for (flow, tenant) in assignments {
            let key = Assignment(tenant: tenant.name, flow: flow.name)
            if interpreters[key] == nil { order.append(key) }
            interpreters[key] = UnitInterpreter(flow: flow, tenant: tenant, store: store, metrics: metrics)
        }
        self.metrics = metrics
        self.interpreters = interpreters
        self.order = order
        self.store = store
        self.configuration = configuration
    }

    /// Creates an engine running every flow for every tenant.
    public convenience init(flows: [FlowProgram], tenants: [TenantRuntime], store: any StateStore,
                            configuration: EngineConfiguration = EngineConfiguration()) {
        self.init(assignments: tenants.flatMap { tenant in flows.map { ($0, tenant) } }, store: store,
                  configuration: configuration)
    }

    /// The interpreter of a flow for a tenant.
    public func interpreter(flow: String, tenant: String) -> UnitInterpreter? {
        interpreters[Assignment(tenant: tenant, flow: flow)]
    }

    /// Asks the engine to stop: no new polls or leases; in-flight jobs finish.
    public func stop() {
        stopping.withLock { $0 = true }
        stopSignal.fire()
    }

    /// Whether ``stop()`` was called.
    public var isStopping: Bool { stopping.withLock { $0 } }

    /// Polls the selected poll flows once (all by default).
    public func poll(flows: Set<String>? = nil, tenants: Set<String>? = nil, now: Date) async throws -> [PollReport] {
        var reports: [PollReport] = []
        for key in order where flows?.contains(key.flow) ?? true && tenants?.contains(key.tenant) ?? true {
            guard let interpreter = interpreters[key], let runner = PollRunner(interpreter: interpreter) else {
                continue
            }
            reports.append(try await runner.run(now: now))
        }
        return reports
    }

    /// Re-queues dead letters (the store audits each replay); they run under the rules loaded now.
    public func replay(_ selection: ReplaySelection, now: Date) async throws -> [JobID] {
        try await store.replay(selection, now: now)
    }
}

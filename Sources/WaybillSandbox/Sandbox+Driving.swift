import Foundation
import WaybillEngine
import WaybillSimulators
import WaybillStore

extension Sandbox {
    /// `waybill run --once`: the selected flows' polls (all by default), then the queue drained.
    @discardableResult
    public func runOnce(_ flows: Set<String>? = nil) async throws -> RunSummary {
        try await engine.runOnce(flows: flows, tenants: [options.tenant], clock: ContinuousClock(), now: { Date() })
    }

    /// Runs every queued job (webhook deliveries, retries) until none is active.
    @discardableResult
    public func drain() async throws -> RunSummary {
        try await engine.drain(clock: ContinuousClock(), now: { Date() })
    }

    /// The URL the daemon receives `system`'s webhooks on (with the path token where the system
    /// verifies by one).
    public func webhookURL(system: String) -> String {
        let base = "\(daemonURL)/webhooks/\(options.tenant)/\(system)"
        guard let route = intake.route(tenant: options.tenant, system: system) else { return base }
        if case .none = route.verifier.scheme { return "\(base)/\(pathToken)" }
        return base
    }

    /// Makes `system`'s simulator send a webhook to the daemon now (`copies` identical
    /// deliveries; `badSignature` forges it) and returns the deliveries with the daemon's answers.
    @discardableResult
    public func fire(
        _ system: String, topic: String, resourceID: String? = nil, payload: JSONValue? = nil, copies: Int = 1,
        badSignature: Bool = false
    ) async throws -> [WaybillSimulators.WebhookDelivery] {
        guard let simulator = simulators.simulator(for: system) else {
            throw SandboxError("no simulator for system `\(system)`")
        }
        let fire = WebhookFire(topic: topic, resourceID: resourceID, url: webhookURL(system: system), payload: payload,
                               copies: copies, badSignature: badSignature)
        let webhooks = try simulator.webhooks(for: fire)
        return await simulator.environment.webhooks.send(webhooks, copies: copies)
    }

    /// Audit events, newest last.
    public func audit(_ query: AuditQuery = AuditQuery(limit: 100_000)) async throws -> [AuditEvent] {
        try await store.auditEvents(query)
    }

    /// Dead letters of every flow.
    public func deadLetters() async throws -> [Job] {
        try await store.deadLetters(flow: nil, limit: 10_000)
    }
}

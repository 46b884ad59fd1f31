import Foundation
import WaybillEngine
import WaybillExpressions
import WaybillStore

extension WebhookIntake {
    /// Shapes the body into jobs for `flows`, commits them with the delivery record, audits.
    func commit(_ route: WebhookRoute, flows: [String], body: Value, deliveryID: String, at: Date) async
        -> IntakeResponse
    {
        var jobs: [NewJob] = []
        do {
            for flow in flows {
                jobs += try engine.webhookJobs(flow: flow, tenant: route.tenant, body: body, deliveryID: deliveryID,
                                               now: at)
            }
        } catch {
            return await refuse(route, reason: "unusable_body", detail: "\(error)", at: at, response: .badRequest)
        }
        let delivery = WebhookDelivery(connection: route.tenant, system: route.system, deliveryID: deliveryID)
        // The `received` audit of each job is written in the same grouped transaction as the job.
        let audit = JobAudit.received(jobs, fields: ["trigger": "webhook", "delivery": deliveryID], at: at)
        let outcome: EnqueueOutcome
        do {
            outcome = try await committer.submit(EnqueueRequest(jobs: jobs, delivery: delivery, audit: audit))
        } catch {
            metrics.webhookRejected(tenant: route.tenant, system: route.system, reason: "store_unavailable")
            return .unavailable
        }
        metrics.webhookAccepted(tenant: route.tenant, system: route.system, duplicate: outcome.duplicateDelivery)
        return .accepted
    }

    /// Counts and audits a refused delivery, and answers `response`.
    func refuse(_ route: WebhookRoute, reason: String, detail: String, at: Date, response: IntakeResponse) async
        -> IntakeResponse
    {
        metrics.webhookRejected(tenant: route.tenant, system: route.system, reason: reason)
        let event = AuditEvent(flow: route.targets.first?.flow ?? "", connection: route.tenant, kind: .rejected,
                               detail: Value.object([
                                   "trigger": .string("webhook"), "system": .string(route.system),
                                   "reason": .string(reason), "detail": .string(detail),
                               ]).canonicalJSON, at: at)
        try? await engine.store.appendAudit([event])
        return response
    }
}

extension WebhookIntake {
    /// Answers a delivery whose body the HTTP layer stopped reading at the cap: 413, audited.
    public func refuseOversized(_ request: IntakeRequest) async -> IntakeResponse {
        guard let route = route(tenant: request.tenant, system: request.system) else {
            metrics.webhookRejected(tenant: "", system: "", reason: "unknown_route")
            return .notFound
        }
        return await refuse(route, reason: "too_large", detail: "body over \(maxBodyBytes) bytes", at: now(),
                            response: .tooLarge)
    }
}

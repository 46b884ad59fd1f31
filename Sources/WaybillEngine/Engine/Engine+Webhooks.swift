import Foundation
import WaybillExpressions
import WaybillStore

extension Engine {
    /// The jobs of a verified webhook body for one flow of one tenant, without committing them.
    ///
    /// A pointer payload (the flow has `dereference`) becomes one job keyed by the delivery, to be
    /// dereferenced by a worker later; a full record is shaped into units (each, filter, group)
    /// with their identities and versions. Throws a permanent ``EngineError`` for a body the flow
    /// cannot use.
    public func webhookJobs(flow: String, tenant: String, body: Value, deliveryID: String, now: Date) throws
        -> [NewJob]
    {
        guard let interpreter = interpreter(flow: flow, tenant: tenant) else {
            throw EngineError.configuration("flow `\(flow)` is not loaded for `\(tenant)`")
        }
        if interpreter.flow.dereference != nil {
            return [NewJob(flow: flow, connection: tenant, identity: "delivery:\(deliveryID)",
                           sourceVersion: deliveryID, payload: UnitCodec.encode(body))]
        }
        let records: [Value]
        if case .list(let list) = body { records = list } else { records = [body] }
        let units = try interpreter.flow.shape.units(from: records) { interpreter.scope(for: $0, now: now) }
        return try units.map { try interpreter.job(for: $0, now: now) }
    }

    /// Commits a verified delivery's jobs for the given flows in ONE transaction with the
    /// delivery record (a repeated delivery id writes nothing) and their `received` audit.
    /// Answer the sender's 2xx only after this returns.
    public func accept(_ delivery: WebhookDelivery, flows: [String], body: Value, now: Date) async throws
        -> EnqueueOutcome
    {
        var jobs: [NewJob] = []
        for flow in flows {
            jobs += try webhookJobs(flow: flow, tenant: delivery.connection, body: body,
                                    deliveryID: delivery.deliveryID, now: now)
        }
        let audit = JobAudit.received(jobs, fields: ["trigger": "webhook", "delivery": delivery.deliveryID], at: now)
        let outcomes = try await store.submit([EnqueueRequest(jobs: jobs, delivery: delivery, audit: audit)], now: now)
        return outcomes.first ?? EnqueueOutcome(jobIDs: [], duplicateDelivery: false)
    }
}

import Foundation
import WaybillConnectors
import WaybillEngine
import WaybillExpressions
import WaybillStore

/// The webhook receiver's logic, independent of the HTTP server: route lookup, size cap, ping,
/// verification BEFORE parsing, event filter, delivery id, jobs committed through the group
/// committer BEFORE the answer, audit and counters for every refusal.
public final class WebhookIntake: Sendable {
    /// Routes by `tenant/system`.
    let routes: [String: WebhookRoute]
    let engine: Engine
    let committer: GroupCommitter
    /// Process counters.
    public let metrics: ServerMetrics
    /// Largest accepted body in bytes.
    public let maxBodyBytes: Int
    let now: @Sendable () -> Date

    /// Creates an intake over `engine` (flows and store), committing through `committer`.
    public init(
        routes: [WebhookRoute], engine: Engine, committer: GroupCommitter, metrics: ServerMetrics = ServerMetrics(),
        maxBodyBytes: Int = 1 << 20, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        var table: [String: WebhookRoute] = [:]
        for route in routes { table["\(route.tenant)/\(route.system)"] = route }
        self.routes = table
        self.engine = engine
        self.committer = committer
        self.metrics = metrics
        self.maxBodyBytes = maxBodyBytes
        self.now = now
    }

    /// The route of a tenant and system.
    public func route(tenant: String, system: String) -> WebhookRoute? { routes["\(tenant)/\(system)"] }

    /// Handles one delivery; returns only after its jobs are committed (or it was refused).
    public func receive(_ request: IntakeRequest) async -> IntakeResponse {
        guard let route = route(tenant: request.tenant, system: request.system) else {
            metrics.webhookRejected(tenant: "", system: "", reason: "unknown_route")
            return .notFound
        }
        let at = now()
        guard request.body.count <= maxBodyBytes else {
            return await refuse(route, reason: "too_large", detail: "body over \(maxBodyBytes) bytes", at: at,
                                response: .tooLarge)
        }
        if let field = route.pingFormField, WebhookBody.isFormPing(request.body, field: field) {
            metrics.increment("waybill_webhooks_pings_total", ["tenant": route.tenant, "system": route.system])
            return .ping
        }
        if case .rejected(let why) = route.verifier.verify(headers: request.headers, body: request.body,
                                                           pathToken: request.pathToken, now: at) {
            return await refuse(route, reason: WebhookBody.code(of: why), detail: why.description, at: at,
                                response: .unauthorized)
        }
        let body: Value
        do { body = try Value(jsonData: Data(request.body)) } catch {
            return await refuse(route, reason: "bad_json", detail: "body is not JSON", at: at, response: .badRequest)
        }
        if let violation = route.channelCheck?.violation(in: body) {
            return await refuse(route, reason: "channel_mismatch", detail: violation, at: at, response: .forbidden)
        }
        let event = route.event.flatMap { WebhookBody.text(at: $0, headers: request.headers, body: body) }
        let deliveryID = route.deliveryID.flatMap { WebhookBody.text(at: $0, headers: request.headers, body: body) }
            ?? WebhookBody.hash(request.body)
        return await commit(route, flows: route.flows(for: event), body: body, deliveryID: deliveryID, at: at)
    }
}

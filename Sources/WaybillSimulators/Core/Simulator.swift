import Foundation

/// Whether a request passes the simulator's rate limiter.
public enum RateAdmission: Sendable {
    /// Serve it, adding these headers to the response (e.g. `X-Rate-Limit-Remaining`).
    case allow(headers: [(name: String, value: String)])
    /// Answer with this response (a 429 in the system's format).
    case reject(SimResponse)
}

/// One simulated external system. The core (`SimulatorResponder`) wraps its routes with the call log,
/// fault injection, rate limiting and the `/_sim/` control API.
public protocol Simulator: AnyObject, Sendable {
    /// Catalogue name, e.g. `shipstation`.
    var name: String { get }
    /// The system names (rules/systems) it serves, e.g. `shipstation` and `shipstation-v2`
    /// (default: ``name``).
    var systems: [String] { get }
    /// Shared state: clock, records, calls, faults, webhooks.
    var environment: SimulatorEnvironment { get }
    /// The system's own endpoints.
    var routes: SimRouter { get }
    /// Credentials a client uses (printed by `waybill simulate`), e.g. `api_key`, `api_secret`.
    var credentials: [String: String] { get }
    /// The secret outgoing webhooks are signed with (empty when the system does not sign).
    var webhookSecret: String { get }
    /// Loads the demo data set (catalogue, customers, orders…).
    func seedDemoData()
    /// Forgets system-specific state beyond the environment (rate limiters, tokens…).
    func resetState()
    /// Applies the system's rate limit to `request`.
    func admit(_ request: SimRequest) -> RateAdmission
    /// The response for an injected 429 or server-error fault, in the system's format.
    func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse
    /// The response for a path no route matches.
    func notFound(_ request: SimRequest) -> SimResponse
    /// How a connection to `system` (one of ``systems``) reaches this simulator (default: the
    /// base URL, ``credentials`` and ``webhookSecret`` as `webhook_secret`).
    func connection(for system: String) -> SimulatorConnection
    /// The signed webhooks to send for a `POST /_sim/webhooks/fire` request.
    func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook]
    /// The identity field of records of `resource` (default `id`).
    func idField(for resource: String) -> String
    /// Control endpoints of this system only, served by the control API after the core ones.
    /// Register them under `/_sim/<name>/` (e.g. `/_sim/odoo/version`); default: none.
    var controlRoutes: SimRouter { get }
}

extension Simulator {
    /// No rate limit.
    public func admit(_ request: SimRequest) -> RateAdmission { .allow(headers: []) }
    /// Nothing beyond the environment.
    public func resetState() {}
    /// `id` for every resource.
    public func idField(for resource: String) -> String { "id" }
    /// No system-specific control endpoints.
    public var controlRoutes: SimRouter { SimRouter() }

    /// A plain JSON error: `{"message": …}` with the fault's status (and `Retry-After` for 429).
    public func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse {
        switch fault {
        case .rateLimit(let retryAfter):
            return .json(["message": "Too Many Requests"], status: 429, headers: [("Retry-After", String(retryAfter))])
        case .status(let code):
            return .json(["message": .string("Simulated error \(code)")], status: code)
        default:
            return .json(["message": "Simulated error"], status: 500)
        }
    }

    /// `{"message": "Not Found"}` with 404.
    public func notFound(_ request: SimRequest) -> SimResponse {
        .json(["message": "Not Found"], status: 404)
    }

    /// Clears records, calls, faults, deliveries and system state, then reloads the demo data.
    public func reset(seedDemo: Bool = true) {
        environment.records.removeAll()
        environment.calls.reset()
        environment.faults.clear()
        environment.webhooks.reset()
        resetState()
        if seedDemo { seedDemoData() }
    }
}

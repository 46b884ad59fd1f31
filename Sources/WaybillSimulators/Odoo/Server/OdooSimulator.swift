import Foundation

/// The Odoo simulator plugged into the simulator core: XML-RPC, JSON-2, JSON-RPC routes and the
/// Odoo control endpoints, on the environment's clock.
public final class OdooSimulator: Simulator {
    /// `odoo`.
    public let name = "odoo"
    /// Clock, call log, faults and webhook sender shared with the core.
    public let environment: SimulatorEnvironment
    /// The simulated server (database, version, credentials).
    public let instance: OdooInstance
    /// Odoo's own endpoints (plus the older `/_odoo/` alias of the control endpoints).
    public let routes: SimRouter
    /// The Odoo control endpoints under `/_sim/odoo/` (version switch, records of any model,
    /// backdated and held transactions).
    public let controlRoutes: SimRouter

    /// A simulator of `version` on `environment`'s clock; demo data is loaded by `seedDemoData()`.
    public init(
        environment: SimulatorEnvironment = SimulatorEnvironment(), version: OdooVersion = .v19,
        credentials: OdooCredentials = OdooCredentials()
    ) {
        self.environment = environment
        let clock = environment.clock
        let instance = OdooInstance(version: version, credentials: credentials, seed: false, now: { clock.now() })
        self.instance = instance
        var router = SimRouter()
        let handler = OdooHTTPHandler(instance: instance)
        let serve: SimHandler = { request in
            let odooRequest = OdooHTTPRequest(
                method: request.method, path: request.path, headers: request.headers, body: Array(request.body))
            return (handler.handle(odooRequest) ?? .werkzeug(404)).simResponse
        }
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
            router.add(method, "/xmlrpc/2/{service}", serve)
            router.add(method, "/json/2/{model}/{method}", serve)
            router.add(method, "/jsonrpc", serve)
            router.add(method, "/web/webclient/version_info", serve)
        }
        router.add("GET", "/web/version", serve)
        OdooControlRoutes.register(on: &router, instance: instance, prefix: OdooControlRoutes.aliasPrefix)
        routes = router
        var control = SimRouter()
        OdooControlRoutes.register(on: &control, instance: instance, prefix: OdooControlRoutes.prefix)
        controlRoutes = control
    }

    /// Database, login, password, API key, uid and version for `waybill simulate`.
    public var credentials: [String: String] {
        let credentials = instance.credentials
        return [
            "database": credentials.database, "login": credentials.login, "password": credentials.password,
            "api_key": credentials.apiKey, "uid": String(credentials.uid), "version": instance.version.rawValue,
        ]
    }

    /// Odoo does not sign its automation webhooks.
    public var webhookSecret: String { "" }

    /// Loads the demo company, warehouses, products, partners and orders.
    public func seedDemoData() { instance.seedDemoData() }

    /// Empties the database (the core then reseeds it unless asked not to).
    public func resetState() { instance.reset(seed: false) }

    /// werkzeug's HTML 404 page.
    public func notFound(_ request: SimRequest) -> SimResponse { OdooHTTPResponse.werkzeug(404).simResponse }

    /// An automation rule's "Send Webhook Notification": the record's fields plus `_action`, `_id`, `_model`.
    /// The topic is the model (`stock.picking`); `resource_id` picks the record (default: the newest).
    public func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        guard let url = fire.url else { throw ControlError("Odoo webhooks need a \"url\" (the automation rule's target)") }
        let body: Data
        if let payload = fire.payload {
            body = payload.serialized()
        } else {
            body = Data(OdooJSONWriter.bytes(try automationPayload(model: fire.topic, id: fire.resourceID.flatMap { Int($0) })))
        }
        return [OutgoingWebhook(url: url, topic: fire.topic, headers: [("Content-Type", "application/json")], body: body)]
    }

    private func automationPayload(model: String, id: Int?) throws -> OdooValue {
        try instance.withDatabase { database in
            guard let modelDefinition = database.models[model] else { throw ControlError("unknown model \(model)") }
            guard let target = id ?? database.allIds(model).last,
                let record = try database.read(model, [target], fields: []).first?.dictValue
            else { throw ControlError("no record of \(model) to send") }
            var payload: OdooDict = ["_action": "Send Webhook Notification(#1)", "_id": .int(target), "_model": .string(modelDefinition.name)]
            for (key, value) in record { payload[key] = value }
            return .dict(payload)
        }
    }
}

extension OdooHTTPResponse {
    /// The response in the core's form.
    var simResponse: SimResponse {
        SimResponse(status: status, headers: headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, body: Data(body))
    }
}

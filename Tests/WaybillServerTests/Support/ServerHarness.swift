import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import WaybillConnectors
import WaybillEngine
import WaybillRules
import WaybillServer
import WaybillStore

/// An engine with a pointer flow (`shipments`, fed by `shipstation` with a path token), a record
/// flow (`orders`, fed by `woo`, HMAC signed, with a form ping) and a Standard Webhooks flow
/// (`parcels`, fed by `hooks`), over a real SQLite file; `now` is fixed.
final class ServerHarness: Sendable {
    static let wooSecret = "woo-webhook-secret"
    static let standardKey = Array("standard-key-bytes-0123456789abc".utf8)
    static let pathToken = "t0k3n-path"
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let store: SQLiteStateStore
    let engine: Engine
    let intake: WebhookIntake
    let routes: ServerRoutes

    init(maxBodyBytes: Int = 4096) throws {
        store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let tenant = TenantRuntime(name: "acme", clients: ClientDirectory([:]))
        let flows = [
            FlowProgram(name: "shipments", sourceSystem: "shipstation", dereference: "resource_url", steps: [],
                        identity: try .template("ss:${resource_url}")),
            FlowProgram(name: "orders", sourceSystem: "woo", steps: [], identity: try .template("woo:order:${id}"),
                        version: try EngineExpression("date_modified")),
            FlowProgram(name: "parcels", sourceSystem: "hooks", steps: [], identity: try .template("parcel:${id}")),
        ]
        engine = Engine(flows: flows, tenants: [tenant], store: store,
                        configuration: EngineConfiguration(workers: 2, owner: "test", idleWait: .milliseconds(5)))
        let fixed = now
        intake = WebhookIntake(routes: Self.routes(), engine: engine, committer: GroupCommitter(store: store),
                               maxBodyBytes: maxBodyBytes, now: { fixed })
        routes = ServerRoutes(intake: intake)
    }

    static func routes() -> [WebhookRoute] {
        let standardSecret = Secret("whsec_" + Data(standardKey).base64EncodedString())
        return [
            WebhookRoute(tenant: "acme", system: "shipstation",
                         verifier: WebhookVerifier(scheme: .none(pathToken: Secret(pathToken))),
                         targets: [.init(flow: "shipments", events: ["SHIP_NOTIFY"])],
                         event: .body("resource_type"), deliveryID: nil),
            WebhookRoute(tenant: "acme", system: "woo",
                         verifier: WebhookVerifier(scheme: .hmacSHA256(
                            header: "X-WC-Webhook-Signature", encoding: .base64, prefix: nil, secret: Secret(wooSecret))),
                         targets: [.init(flow: "orders")], event: .header("X-WC-Webhook-Topic"),
                         deliveryID: .header("X-WC-Webhook-Delivery-ID"), pingFormField: "webhook_id"),
            WebhookRoute(tenant: "acme", system: "hooks",
                         verifier: WebhookVerifier(scheme: .standardWebhooks(secret: standardSecret,
                                                                              tolerance: .seconds(300))),
                         targets: [.init(flow: "parcels")], deliveryID: .header("webhook-id")),
        ]
    }

    /// The WooCommerce-style signature of a body.
    static func wooSignature(_ body: [UInt8], secret: String = wooSecret) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8))))
            .base64EncodedString()
    }

    /// Standard Webhooks headers for a body signed at `timestamp`.
    static func standardHeaders(_ body: [UInt8], id: String, timestamp: Date) -> [(String, String)] {
        let stamp = String(Int64(timestamp.timeIntervalSince1970))
        let signature = StandardWebhooks.sign(key: SymmetricKey(data: standardKey), id: id, timestamp: stamp,
                                              body: body)
        return [("webhook-id", id), ("webhook-timestamp", stamp),
                ("webhook-signature", "v1," + Data(signature).base64EncodedString())]
    }

    /// Jobs in the store, all states.
    func jobTotal() async throws -> Int {
        try await store.jobCounts().reduce(0) { $0 + $1.count }
    }

    /// Audit events of a kind.
    func audit(_ kind: AuditKind) async throws -> [AuditEvent] {
        try await store.auditEvents(AuditQuery(limit: 10_000)).filter { $0.kind == kind }
    }

    /// Runs `body` against the router (HummingbirdTesting).
    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(responder: routes.responder())
        try await app.test(.router, body)
    }
}

/// HTTP fields from name/value pairs.
func fields(_ pairs: [(String, String)]) -> HTTPFields {
    var fields = HTTPFields()
    for (name, value) in pairs {
        if let name = HTTPFields.Element.Name(name) { fields.append(HTTPFields.Element(name: name, value: value)) }
    }
    return fields
}

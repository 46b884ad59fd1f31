import Foundation
import WaybillConnectors
import WaybillEngine
import WaybillRules

/// Builds the webhook routes of a deployment: one per tenant connection whose system declares
/// `webhooks:` and feeds at least one flow the engine runs for that tenant. Secrets (HMAC keys,
/// path tokens) are read from the vault by name once, at start.
public struct WebhookRouteBuilder: Sendable {
    /// Systems by name.
    public var systems: [String: SystemDefinition]
    /// Every loaded flow.
    public var flows: [FlowDefinition]

    /// Creates a builder.
    public init(systems: [String: SystemDefinition], flows: [FlowDefinition]) {
        self.systems = systems
        self.flows = flows
    }

    /// The routes, and `tenant/system: reason` for connections left without one.
    public func build(
        connections: ConnectionsDefinition, engine: Engine, secret: @Sendable (String) async throws -> String
    ) async throws -> (routes: [WebhookRoute], skipped: [String]) {
        var routes: [WebhookRoute] = []
        var skipped: [String] = []
        for tenant in connections.tenants {
            for connection in tenant.connections {
                guard let hooks = systems[connection.system]?.webhooks else { continue }
                let targets = flows.compactMap { flow -> WebhookRoute.Target? in
                    guard let trigger = flow.trigger.webhook, trigger.system == connection.system,
                        engine.interpreter(flow: flow.name, tenant: tenant.name) != nil
                    else { return nil }
                    return WebhookRoute.Target(flow: flow.name, events: trigger.events)
                }
                if targets.isEmpty { continue }
                let label = "\(tenant.name)/\(connection.system)"
                guard let verification = hooks.verification else {
                    skipped.append("\(label): no webhooks.verification declared; deliveries would be unverified")
                    continue
                }
                let scheme = try await Self.scheme(verification, connection: connection, label: label, secret: secret)
                routes.append(WebhookRoute(
                    tenant: tenant.name, system: connection.system, verifier: WebhookVerifier(scheme: scheme),
                    targets: targets, event: hooks.event, deliveryID: hooks.deliveryID,
                    pingFormField: hooks.pingBodyFormField,
                    channelCheck: try Self.channelCheck(hooks.channelCheck, connection: connection, label: label)))
            }
        }
        return (routes, skipped)
    }

    /// The system's channel check with the connection's expected channel evaluated once; a
    /// declared check whose expected value is empty for the connection is a configuration error
    /// (every delivery would be refused).
    static func channelCheck(_ declared: ChannelCheck?, connection: Connection, label: String) throws
        -> WebhookChannelCheck?
    {
        guard let declared else { return nil }
        let expected: String?
        do { expected = try ConnectionTemplate.text(declared.equals, settings: connection.settings) } catch {
            throw ServerError.configuration("\(label): webhooks.channel_check: \(error)")
        }
        guard let expected, !expected.isEmpty else {
            throw ServerError.configuration(
                "\(label): webhooks.channel_check expects `\(declared.equals.source)`, which is empty for this connection")
        }
        return WebhookChannelCheck(path: declared.body, expected: expected)
    }

    /// The connectors' scheme of a system's declared verification, with its secret.
    static func scheme(
        _ verification: WaybillRules.WebhookVerification, connection: Connection, label: String,
        secret: @Sendable (String) async throws -> String
    ) async throws -> WebhookScheme {
        func named(_ slot: String) async throws -> Secret {
            guard let name = connection.secrets[slot] else {
                throw ServerError.configuration("\(label): no secret for webhook slot `\(slot)`")
            }
            return Secret(try await secret(name))
        }
        switch verification {
        case .hmacSHA256(let header, let encoding, let prefix, let slot):
            guard let encoding = WebhookScheme.Encoding(rawValue: encoding) else {
                throw ServerError.configuration("\(label): unknown signature encoding `\(encoding)`")
            }
            return .hmacSHA256(header: header, encoding: encoding, prefix: prefix, secret: try await named(slot.name))
        case .standardWebhooks(let slot, let tolerance):
            return .standardWebhooks(secret: try await named(slot.name), tolerance: .milliseconds(tolerance.milliseconds))
        case .none(let pathToken):
            guard pathToken, let name = connection.webhookPathTokenSecret else {
                throw ServerError.configuration("\(label): verification `none` needs a webhook path token secret")
            }
            return .none(pathToken: Secret(try await secret(name)))
        }
    }
}

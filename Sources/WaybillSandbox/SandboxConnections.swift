import Foundation
import WaybillSimulators

/// The connections file of a sandbox: one tenant whose connections point at the simulators, and
/// the secrets (by name) those connections reference.
struct SandboxConnections {
    /// The secret name a connection's webhook path token is stored under.
    static func pathTokenName(tenant: String, system: String) -> String { "\(system)/\(tenant)/webhook_path" }

    let options: SandboxOptions
    let simulators: SandboxSimulators

    /// The YAML text and the secrets it names.
    func render(secrets: SandboxSecrets, pathToken: String) -> String {
        let tenant = options.tenant
        func name(_ system: String, _ slot: String) -> String { "\(system)/\(tenant)/\(slot)" }
        func secretsLine(_ system: String, _ values: [(slot: String, value: String)]) -> String {
            for (slot, value) in values { secrets.set(name(system, slot), value) }
            let list = values.map { "\($0.slot): \(name(system, $0.slot))" }.joined(separator: ", ")
            return "        secrets: { \(list) }\n"
        }
        var text = "tenants:\n  \(tenant):\n    packs: [\(options.packs.joined(separator: ", "))]\n"
        if !options.excludedFlows.isEmpty {
            text += "    flows: { exclude: [\(options.excludedFlows.joined(separator: ", "))] }\n"
        }
        text += "    connections:\n"
        let odoo = simulators.odoo
        text += "      odoo:\n        base_url: \(odoo.environment.baseURL)\n"
        text += "        database: \(odoo.instance.credentials.database)\n        login: \(odoo.instance.credentials.login)\n"
        text += "        protocol: auto\n"
        text += secretsLine("odoo", [("api_key", odoo.instance.credentials.apiKey)])
        if let ship = simulators.shipStation {
            let credentials = ship.credentials
            text += "      shipstation:\n        base_url: \(ship.environment.baseURL)\n"
            text += secretsLine("shipstation", [("api_key", credentials["api_key"] ?? ""),
                                                ("api_secret", credentials["api_secret"] ?? "")])
            secrets.set(Self.pathTokenName(tenant: tenant, system: "shipstation"), pathToken)
            text += "        webhook: { path_token: { secret: \(Self.pathTokenName(tenant: tenant, system: "shipstation")) } }\n"
            text += "      shipstation-v2:\n        base_url: \(ship.environment.baseURL)\n"
            text += secretsLine("shipstation-v2", [("api_key", credentials["v2_api_key"] ?? "")])
        }
        if let bob = simulators.shipBob {
            let credentials = bob.credentials
            text += "      shipbob:\n        base_url: \(bob.environment.baseURL)\n"
            text += "        auth: \(options.shipBobAuth.rawValue)\n"
            text += "        settings: { channel_id: \(credentials["channel_id"] ?? "0"), "
                + "token_url: \(bob.environment.baseURL)/connect/token }\n"
            var values: [(slot: String, value: String)] = [("webhook_secret", bob.webhookSecret)]
            switch options.shipBobAuth {
            case .pat: values.append(("token", credentials["personal_access_token"] ?? ""))
            case .oauth2:
                values += [("client_id", credentials["client_id"] ?? ""),
                           ("client_secret", credentials["client_secret"] ?? ""), ("refresh_token", "")]
            }
            text += secretsLine("shipbob", values)
        }
        if let woo = simulators.wooCommerce {
            let credentials = woo.credentials
            text += "      woocommerce:\n        base_url: \(woo.environment.baseURL)/wp-json/wc/v3\n"
            text += secretsLine("woocommerce", [("consumer_key", credentials["consumer_key"] ?? ""),
                                                ("consumer_secret", credentials["consumer_secret"] ?? ""),
                                                ("webhook_secret", woo.webhookSecret)])
        }
        if let shop = simulators.shopify {
            let credentials = shop.credentials
            text += "      shopify:\n        base_url: \(shop.environment.baseURL)/admin/api/\(credentials["api_version"] ?? "2025-07")\n"
            text += secretsLine("shopify", [("access_token", credentials["access_token"] ?? ""),
                                            ("webhook_secret", shop.webhookSecret)])
        }
        return text
    }
}

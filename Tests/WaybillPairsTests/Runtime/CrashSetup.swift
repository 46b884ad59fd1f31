import Foundation
import WaybillSimulators
import WaybillStore

/// The files a `waybill run` child process needs: the runtime rules, a connections file pointing
/// at the in-process simulators, and a state database holding the connections' secrets.
struct CrashSetup {
    let folder: URL
    let rules: URL
    let connections: URL
    let database: URL
    let masterKey: String

    static func prepare(folder: URL, odoo: OdooSimulator, woo: WooCommerceSimulator) async throws -> CrashSetup {
        let rules = try RuntimeRules.write(to: folder, every: "1s")
        let database = folder.appendingPathComponent("waybill.sqlite")
        let masterKey = Data((0..<32).map { UInt8($0 &* 7 &+ 3) }).base64EncodedString()
        let vault = SecretVault(store: try SQLiteStateStore(path: database.path), key: try MasterKey(base64: masterKey))
        let secrets = [
            "odoo/acme/api_key": odoo.instance.credentials.apiKey,
            "woocommerce/acme/consumer_key": woo.consumerKey,
            "woocommerce/acme/consumer_secret": woo.consumerSecret,
            "woocommerce/acme/webhook_secret": woo.webhookSecret,
        ]
        for (name, value) in secrets { try await vault.set(name, to: Redacted(value)) }
        let credentials = odoo.instance.credentials
        let text = """
            tenants:
              acme:
                packs: [\(RuntimeRules.pack)]
                connections:
                  odoo:
                    base_url: \(odoo.environment.baseURL)
                    database: \(credentials.database)
                    login: \(credentials.login)
                    protocol: auto
                    secrets: { api_key: odoo/acme/api_key }
                  woocommerce:
                    base_url: \(woo.environment.baseURL)/wp-json/wc/v3
                    secrets: { consumer_key: woocommerce/acme/consumer_key, consumer_secret: woocommerce/acme/consumer_secret, webhook_secret: woocommerce/acme/webhook_secret }

            """
        let connections = folder.appendingPathComponent("connections.yaml")
        try text.write(to: connections, atomically: true, encoding: .utf8)
        return CrashSetup(folder: folder, rules: rules, connections: connections, database: database, masterKey: masterKey)
    }

    /// Starts `waybill <arguments> --rules … --connections … --db … --lease 2` (operator commands get `--db` only).
    func launch(_ arguments: [String], log: String) throws -> WaybillProcess {
        var all = arguments
        if arguments.first == "run" {
            all += ["--rules", rules.path, "--connections", connections.path, "--lease", "2", "--workers", "8"]
        }
        all += ["--db", database.path]
        return try WaybillProcess(all, environment: [MasterKey.environmentVariable: masterKey],
                                  output: folder.appendingPathComponent(log))
    }
}

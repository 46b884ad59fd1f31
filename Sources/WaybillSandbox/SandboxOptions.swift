import Foundation
import WaybillSimulators
import WaybillStore

/// What a ``Sandbox`` starts: which packs run, which Odoo version answers, how ShipBob authenticates.
public struct SandboxOptions: Sendable {
    /// How the ShipBob connection authenticates.
    public enum ShipBobAuth: String, Sendable {
        /// A personal access token (never expires).
        case pat
        /// OAuth2 with rotating refresh tokens (the sandbox exchanges the simulator's demo code first).
        case oauth2
    }

    /// Rule packs the tenant runs (`odoo-shipstation`, `odoo-shipbob`, `odoo-woocommerce`, `odoo-shopify`).
    public var packs: [String]
    /// The tenant (connection) name.
    public var tenant: String
    /// The Odoo version the simulator reports (17.0 speaks XML-RPC only, 19.0 JSON-2 too).
    public var odooVersion: OdooVersion
    /// ShipBob authentication.
    public var shipBobAuth: ShipBobAuth
    /// The bundled `rules/` folder.
    public var rulesFolder: URL
    /// Flows excluded for the tenant.
    public var excludedFlows: [String]
    /// Load each simulator's demo catalogue before starting.
    public var seedDemoData: Bool
    /// Concurrent jobs.
    public var workers: Int
    /// Simulators started on a manual clock, by system name (`shipbob`, `shopify`…) → start time.
    /// Advance one with `simulator.environment.clock.advance(by:)`; the engine judges that
    /// system's credentials (OAuth2 token expiry) by the same clock.
    public var manualClocks: [String: Date]
    /// Backoff and attempts before a dead letter (the engine's default unless set).
    public var retryPolicy: RetryPolicy = .default

    /// Options for `packs`; the rules folder defaults to ``SandboxOptions/defaultRulesFolder()``.
    public init(
        packs: [String], tenant: String = "acme", odooVersion: OdooVersion = .v19, shipBobAuth: ShipBobAuth = .pat,
        rulesFolder: URL? = nil, excludedFlows: [String] = [], seedDemoData: Bool = true, workers: Int = 4,
        manualClocks: [String: Date] = [:]
    ) {
        self.packs = packs
        self.tenant = tenant
        self.odooVersion = odooVersion
        self.shipBobAuth = shipBobAuth
        self.rulesFolder = rulesFolder ?? Self.defaultRulesFolder()
        self.excludedFlows = excludedFlows
        self.seedDemoData = seedDemoData
        self.workers = workers
        self.manualClocks = manualClocks
    }

    /// `$WAYBILL_RULES`, else `./rules`, else the `rules/` folder of this source checkout.
    public static func defaultRulesFolder() -> URL {
        if let path = ProcessInfo.processInfo.environment["WAYBILL_RULES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("rules")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("systems").path) { return local }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rules")
    }
}

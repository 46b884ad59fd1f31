import Foundation
import WaybillSimulators
import WaybillStore

/// What a ``Sandbox`` starts: which packs run, which Odoo version answers, which auth scheme a
/// connection picks where the system offers several.
public struct SandboxOptions: Sendable {
    /// Rule packs the tenant runs (`odoo-shipstation`, `odoo-shipbob`, `odoo-woocommerce`, `odoo-shopify`);
    /// the sandbox starts a simulator for every system their flows use.
    public var packs: [String]
    /// The tenant (connection) name.
    public var tenant: String
    /// The Odoo version the simulator reports (17.0 speaks XML-RPC only, 19.0 JSON-2 too).
    public var odooVersion: OdooVersion
    /// The connection's `auth:` choice by system, for systems whose auth is `any_of` (e.g.
    /// `["shipbob": "oauth2"]`); a system not listed uses its default scheme. For an
    /// `oauth2_refresh` scheme the sandbox first exchanges the simulator's authorization code
    /// (``SimulatorOAuthGrant``) for the refresh token, as an operator does once in a browser.
    public var authChoices: [String: String]
    /// The bundled `rules/` folder.
    public var rulesFolder: URL
    /// Flows excluded for the tenant.
    public var excludedFlows: [String]
    /// Load each simulator's demo catalogue before starting.
    public var seedDemoData: Bool
    /// Concurrent jobs.
    public var workers: Int
    /// Simulators started on a manual clock, by catalogue name (`shipbob`, `shopify`…) → start time.
    /// Advance one with `simulator.environment.clock.advance(by:)`; the engine judges that
    /// system's credentials (OAuth2 token expiry) by the same clock.
    public var manualClocks: [String: Date]
    /// Backoff and attempts before a dead letter (the engine's default unless set).
    public var retryPolicy: RetryPolicy = .default

    /// Options for `packs`; the rules folder defaults to ``SandboxOptions/defaultRulesFolder()``.
    public init(
        packs: [String], tenant: String = "acme", odooVersion: OdooVersion = .v19, authChoices: [String: String] = [:],
        rulesFolder: URL? = nil, excludedFlows: [String] = [], seedDemoData: Bool = true, workers: Int = 4,
        manualClocks: [String: Date] = [:]
    ) {
        self.packs = packs
        self.tenant = tenant
        self.odooVersion = odooVersion
        self.authChoices = authChoices
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

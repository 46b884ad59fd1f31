import Foundation
import Testing
import WaybillEngine
import WaybillRules
import WaybillSimulators
import WaybillStore

/// The bundled rules (`rules/systems/odoo.yaml`, `shipstation.yaml`,
/// `odoo-shipstation/products.yaml`) compiled by the rule compiler, connected through a
/// connections document to the Odoo and ShipStation simulators over loopback, run by the engine:
/// Odoo products → ShipStation products, each updated exactly once.
@Suite("Rules end to end over the simulators")
struct RulesEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func text(_ path: String) throws -> (path: String, text: String) {
        (path, try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8))
    }

    @Test("odoo-shipstation products: poll Odoo, match by SKU, update ShipStation once, report unknown SKUs")
    func products() async throws {
        let odoo = OdooSimulator()
        odoo.seedDemoData()
        let shipstation = ShipStationSimulator()
        shipstation.seedDemoData()
        let codes = ["FURN_0096", "FURN_0269", "FURN_1118", "FURN_5555", "FURN_6666", "FURN_7777", "FURN_7800",
                     "FURN_8220", "FURN_8888", "FURN_9001"]
        for (index, sku) in codes.enumerated() {
            shipstation.environment.records.put("products", id: String(40_000 + index), [
                "productId": .int(40_000 + index), "sku": .string(sku), "name": "old", "weightOz": nil, "active": true,
            ])
        }
        let odooServer = SimulatorServer(simulator: odoo)
        let shipServer = SimulatorServer(simulator: shipstation)
        let odooURL = try await odooServer.start()
        let shipURL = try await shipServer.start()
        defer { Task { await odooServer.stop(); await shipServer.stop() } }

        let connections = """
            tenants:
              acme:
                packs: [odoo-shipstation]
                connections:
                  odoo:
                    base_url: \(odooURL)
                    database: waybill
                    login: admin
                    secrets: { api_key: odoo/acme/api_key }
                  shipstation:
                    base_url: \(shipURL)
                    secrets: { api_key: shipstation/acme/api_key, api_secret: shipstation/acme/api_secret }
            """
        let loaded = RuleSet.load(texts: [
            try text("rules/systems/odoo.yaml"), try text("rules/systems/shipstation.yaml"),
            try text("rules/odoo-shipstation/products.yaml"), ("connections.yaml", connections),
        ])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        let plan = try #require(loaded.plan)
        let tenants = try #require(plan.connections)
        let secrets = [
            "odoo/acme/api_key": odoo.credentials["api_key"] ?? "",
            "shipstation/acme/api_key": shipstation.credentials["api_key"] ?? "",
            "shipstation/acme/api_secret": shipstation.credentials["api_secret"] ?? "",
        ]
        let built = try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems,
                                             tables: plan.tables)
            .build(connections: tenants, factory: ConnectorClientFactory(saveSecret: { _, _ in }),
                   secret: { name in secrets[name] ?? "" })
        #expect(built.assignments.count == 1)
        let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let engine = Engine(assignments: built.assignments, store: store,
                            configuration: EngineConfiguration(workers: 4, owner: "e2e"))
        let first = try await engine.runOnce(clock: ContinuousClock(), now: { Date() })
        // Odoo's other demo products (services such as DELIVERY) are unknown to ShipStation: the
        // flow reports them (dead letters with the reason), as its description says.
        let read = first.polls.first?.read ?? 0
        let dead = try await store.deadLetters(flow: nil, limit: 100)
        #expect(first.succeeded == codes.count)
        #expect(dead.count == read - codes.count)
        #expect(dead.allSatisfy { $0.lifecycle.lastError?.contains("no product record matched") == true },
                "\(dead.compactMap(\.lifecycle.lastError).prefix(2))")
        let updated = shipstation.environment.records.all("products").filter { $0["name"]?.stringValue != "old" }
        #expect(updated.filter { codes.contains($0["sku"]?.stringValue ?? "") }.count == codes.count)

        let second = try await engine.runOnce(clock: ContinuousClock(), now: { Date() })
        #expect(second.polls.first?.enqueued == 0)
        #expect(second.succeeded == 0)
        let audit = try await store.auditEvents(AuditQuery(limit: 100_000))
        #expect(!audit.contains { $0.detail.contains(secrets["shipstation/acme/api_secret"] ?? "-") })
    }
}

import Foundation
import Testing
import WaybillEngine
import WaybillRules
import WaybillSimulators
import WaybillStore

/// General REST features over the Odoo and ShipBob simulators: a lookup whose `when:` is false
/// makes no call; `match`/`where` on a field a query parameter declares (`field: sku`) is sent
/// under the parameter's name (`SKU=`); `steps.<name>.record` after a create carries the record
/// the system answered (a generated inventory id).
@Suite("REST lookups, query field mapping and created records")
struct RESTLookupFeaturesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let flow = """
        flow: rest-features
        trigger:
          poll: { system: odoo, model: product.product, every: 15m, domain: [[default_code, '=', 'FURN_0096']] }
        read:
          fields: [default_code, name, barcode]
        lookups:
          never:
            find: { system: shipbob, resource: product, where: [[barcode, '=', barcode]], fields: [id] }
            when: default_code == 'nothing'
        steps:
          - name: create
            system: shipbob
            resource: product
            operation: create
            match: [[sku, '=', default_code]]
            values: { name: name, sku: default_code }
          - name: remember
            system: odoo
            model: product.product
            operation: update
            match: [[id, '=', id]]
            values:
              barcode: "${first(steps.create.record.variants ?? []).inventory.inventory_id}"
        identity: "t:${id}"
        """

    @Test("no call for a false when:, SKU= for sku, the created record's generated id is visible")
    func features() async throws {
        let odoo = OdooSimulator()
        odoo.seedDemoData()
        let bob = ShipBobSimulator()
        let odooServer = SimulatorServer(simulator: odoo)
        let bobServer = SimulatorServer(simulator: bob)
        let odooURL = try await odooServer.start()
        let bobURL = try await bobServer.start()
        defer { Task { await odooServer.stop(); await bobServer.stop() } }
        let connections = """
            tenants:
              acme:
                connections:
                  odoo:
                    base_url: \(odooURL)
                    database: waybill
                    login: admin
                    secrets: { api_key: odoo/acme/api_key }
                  shipbob:
                    base_url: \(bobURL)
                    auth: pat
                    settings: { channel_id: \(bob.channelID) }
                    secrets: { token: shipbob/acme/pat, webhook_secret: shipbob/acme/webhook_secret }
            """
        func text(_ path: String) throws -> (path: String, text: String) {
            (path, try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8))
        }
        let loaded = RuleSet.load(texts: [try text("rules/systems/odoo.yaml"), try text("rules/systems/shipbob.yaml"),
                                          ("pack/features.yaml", Self.flow), ("connections.yaml", connections)])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        let plan = try #require(loaded.plan)
        let secrets = ["odoo/acme/api_key": odoo.credentials["api_key"] ?? "", "shipbob/acme/pat": bob.personalAccessToken]
        let built = try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems, tables: plan.tables)
            .build(connections: try #require(plan.connections), factory: ConnectorClientFactory(saveSecret: { _, _ in }),
                   secret: { secrets[$0] ?? "" })
        let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        let engine = Engine(assignments: built.assignments, store: store, configuration: EngineConfiguration(workers: 1, owner: "t"))
        let summary = try await engine.runOnce(clock: ContinuousClock(), now: { Date() })
        #expect(summary.succeeded == 1)

        let calls = bob.environment.calls.calls
        #expect(!calls.contains { $0.query.contains("Barcode=") || $0.query.lowercased().contains("barcode=") })
        #expect(calls.filter { $0.method == "GET" }.map(\.query).allSatisfy { $0.hasPrefix("SKU=FURN_0096") })
        #expect(calls.filter { $0.method == "GET" }.count == 1)
        let created = try #require(bob.environment.records.all("products").first { $0["sku"] == "FURN_0096" })
        let inventory = try #require(created["variants"]?.arrayValue?.first?["inventory"]?["inventory_id"]?.intValue)
        let rows = try odoo.instance.executeKw(model: "product.product", method: "search_read",
                                               args: [[["default_code", "=", "FURN_0096"]]], kwargs: ["fields": ["barcode"]])
        #expect(rows.arrayValue?.first?.dictValue?["barcode"]?.stringValue == String(inventory))
    }
}

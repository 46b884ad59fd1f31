import Foundation
import Testing
import WaybillRules
import WaybillSandbox
import WaybillSimulators

/// The sandbox names no system: the selected flows decide which simulators start, each
/// simulator declares the systems it serves and how a connection reaches it, and a new pack runs
/// without sandbox code.
@Suite("Sandbox systems")
struct SandboxSystemsTests {
    @Test("a pack's flows decide the simulators and the connections")
    func packDecidesSimulators() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-woocommerce"]))
        defer { Task { await sandbox.stop() } }
        #expect(sandbox.simulators.all.map(\.name) == ["odoo", "woocommerce"])
        #expect(sandbox.simulators.shipStation == nil && sandbox.simulators.shopify == nil)
        let connected = sandbox.plan.connections?.tenants.first?.connections.map(\.system)
        #expect(connected == ["odoo", "woocommerce"])
        #expect(sandbox.simulators.simulator(for: "woocommerce") === sandbox.simulators.wooCommerce)
    }

    @Test("one simulator serves ShipStation V1 and V2; V1 webhooks get the path token, V2 its own key")
    func shipStationServesTwoSystems() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-shipstation"]))
        defer { Task { await sandbox.stop() } }
        let ship = try #require(sandbox.simulators.shipStation)
        #expect(sandbox.simulators.simulator(for: "shipstation-v2") === ship)
        #expect(sandbox.simulators.all.count == 2)
        let connections = try #require(sandbox.plan.connections?.tenants.first?.connections)
        let v1 = try #require(connections.first { $0.system == "shipstation" })
        let v2 = try #require(connections.first { $0.system == "shipstation-v2" })
        #expect(v1.webhookPathTokenSecret.map(sandbox.secrets.value) == sandbox.pathToken)
        #expect(v2.webhookPathTokenSecret == nil)
        #expect(v2.secrets["api_key"].map(sandbox.secrets.value) == ship.v2APIKey)
        #expect(v1.secrets["api_key"].map(sandbox.secrets.value) == ship.apiKey)
    }

    @Test("every catalogue simulator fills every secret slot its system files ask for")
    func simulatorsFillSlots() throws {
        let plan = try #require(RuleSet.load(paths: [SandboxOptions.defaultRulesFolder().path]).plan)
        for entry in SimulatorCatalogue.entries {
            let simulator = entry.make(SimulatorEnvironment())
            #expect(simulator.systems == entry.systems)
            for system in entry.systems {
                let definition = try #require(plan.systems[system], "\(system)")
                let declared = simulator.connection(for: system)
                var slots = (definition.auth?.slots ?? []) + (definition.webhooks?.verification?.slots ?? [])
                if case .anyOf(let choices, _)? = definition.auth,
                   choices.contains(where: { if case .oauth2Refresh = $0.scheme { true } else { false } }) {
                    #expect(declared.oauth != nil, "\(system) offers OAuth2: the simulator must declare the grant")
                    slots.removeAll { $0.name == "refresh_token" }
                }
                for slot in slots {
                    #expect(declared.secrets[slot.name]?.isEmpty == false, "\(system): slot \(slot.name)")
                }
            }
        }
        #expect(SimulatorCatalogue.entry(serving: "shipstation-v2")?.name == "shipstation")
        #expect(SimulatorCatalogue.entry(serving: "nope") == nil)
    }

    @Test("a new pack over existing systems runs in the sandbox unchanged")
    func newPack() async throws {
        let checkout = SandboxOptions.defaultRulesFolder()
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-newpack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: rules) }
        let pack = rules.appendingPathComponent("acme-crm")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("systems"), to: rules.appendingPathComponent("systems"))
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("odoo-woocommerce/customers.yaml"),
                                         to: pack.appendingPathComponent("customers.yaml"))
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["acme-crm"], rulesFolder: rules))
        defer { Task { await sandbox.stop() } }
        #expect(sandbox.simulators.all.map(\.name) == ["odoo", "woocommerce"])
        let woo = try #require(sandbox.simulators.wooCommerce)
        let customer = try #require(woo.environment.records.all("customers").first)
        let id = try #require(customer["id"]?.intValue)
        let email = try #require(customer["email"]?.stringValue)
        let answers = try await sandbox.fire("woocommerce", topic: "customer.created", resourceID: String(id))
        #expect(answers.map(\.responseStatus) == [200])
        try await sandbox.drain()
        let partners = try sandbox.simulators.odoo.instance.executeKw(model: "res.partner", method: "search_read", args: [[]])
        let matching = (partners.arrayValue ?? []).compactMap(\.dictValue)
            .filter { $0["email"]?.stringValue?.lowercased() == email.lowercased() }
        #expect(matching.count == 1)
    }
}

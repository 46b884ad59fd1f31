import Foundation
import Testing
@testable import WaybillSimulators

/// The Odoo control endpoints and the core's `/_sim/` API, through the simulator pipeline.
@Suite struct OdooControlTests {
    let simulator: OdooSimulator
    let pipeline: SimulatorPipeline

    init() {
        simulator = OdooSimulator(environment: SimulatorEnvironment(clock: .manual()))
        simulator.seedDemoData()
        pipeline = SimulatorPipeline(simulator: simulator)
    }

    private func send(_ method: String, _ path: String, _ body: String = "", query: String = "") async throws -> (Int, OdooValue) {
        let request = SimRequest(method: method, path: path, query: query, body: Data(body.utf8))
        guard case .respond(let response) = await pipeline.handle(request) else { throw OdooError.value("dropped") }
        return (response.status, (try? OdooJSONParser.parse(Array(response.body))) ?? .none)
    }

    @Test func seedCustomFieldsAndReadBack() async throws {
        let (status, created) = try await send("POST", "/_sim/odoo/records/stock.picking", #"{"picking_type_id": 2, "origin": "SHOP-9", "x_shipbob_order_id": 4711}"#)
        #expect(status == 200)
        let id = try #require(created.dictValue?["result"]?.intArray?.first)
        let (_, read) = try await send("GET", "/_sim/odoo/records/stock.picking", query: "domain=%5B%5B%22origin%22%2C%22%3D%22%2C%22SHOP-9%22%5D%5D&fields=name,x_shipbob_order_id")
        let row = try #require(read.dictValue?["result"]?.arrayValue?.first?.dictValue)
        #expect(row["id"] == .int(id) && row["x_shipbob_order_id"] == 4711 && row["name"] == "WH/OUT/00003")
        let (missing, error) = try await send("POST", "/_sim/odoo/records/no.model", #"{"name": "x"}"#)
        #expect(missing == 422 && error.dictValue?["name"] == "odoo.exceptions.UserError")
    }

    @Test func versionSwitchThroughControl() async throws {
        #expect(try await send("GET", "/web/version").0 == 200)
        let (status, body) = try await send("POST", "/_sim/odoo/version", #"{"version": "17.0"}"#)
        #expect(status == 200 && body.dictValue?["version"] == "17.0")
        #expect(try await send("GET", "/web/version").0 == 404)
        #expect(try await send("POST", "/json/2/res.partner/search", "{}").0 == 404)
        #expect(simulator.credentials["version"] == "17.0")
        #expect(try await send("POST", "/_sim/odoo/version", #"{"version": "16.0"}"#).0 == 400)
    }

    @Test func backdatedExecuteAndHeldTransaction() async throws {
        let (_, backdated) = try await send("POST", "/_sim/odoo/execute", #"{"model": "res.partner", "method": "create", "args": [{"name": "Late"}], "start": "2025-12-31 23:59:30"}"#)
        let late = try #require(backdated.dictValue?["result"]?.intValue)
        #expect(try simulator.instance.executeKw(model: "res.partner", method: "read", args: [[.int(late)], ["write_date"]]).arrayValue?.first?.dictValue?["write_date"] == "2025-12-31 23:59:30")
        let (_, opened) = try await send("POST", "/_sim/odoo/transactions")
        let held = try #require(opened.dictValue?["transaction"]?.intValue)
        #expect(try await send("POST", "/_sim/odoo/transactions/\(held)/calls", #"{"model": "res.partner", "method": "write", "args": [[\#(late)], {"phone": "1"}]}"#).0 == 200)
        simulator.environment.clock.advance(by: 60)
        let (_, committed) = try await send("POST", "/_sim/odoo/transactions/\(held)/commit")
        #expect(committed.dictValue?["result"] == [true])
        let stamp = try simulator.instance.executeKw(model: "res.partner", method: "read", args: [[.int(late)], ["write_date"]]).arrayValue?.first?.dictValue?["write_date"]
        #expect(stamp == .string(OdooTimestamp.string(Date(timeIntervalSince1970: 1_767_225_600))))
        #expect(try await send("POST", "/_sim/odoo/transactions/\(held)/commit").0 == 404)
    }

    @Test func coreResetReloadsDemoData() async throws {
        _ = try await send("POST", "/_sim/odoo/records/res.partner", #"{"name": "Temp"}"#)
        #expect(try await send("POST", "/_sim/reset", "{}").0 == 200)
        #expect(try simulator.instance.executeKw(model: "res.partner", method: "search_count", args: [[["name", "=", "Temp"]]]) == 0)
        #expect(try simulator.instance.executeKw(model: "sale.order", method: "search_count", args: [[]]) == 3)
        _ = try await send("POST", "/_sim/reset", #"{"seed_demo": false}"#)
        #expect(try simulator.instance.executeKw(model: "sale.order", method: "search_count", args: [[]]) == 0)
    }

    @Test func automationWebhookCarriesTheRecord() throws {
        let hooks = try simulator.webhooks(for: WebhookFire(topic: "stock.picking", resourceID: "1", url: "http://127.0.0.1:9/hook"))
        let body = try OdooJSONParser.parse(Array(try #require(hooks.first).body))
        #expect(body.dictValue?["_model"] == "stock.picking" && body.dictValue?["_id"] == 1 && body.dictValue?["state"] != nil)
        #expect(throws: (any Error).self) { try simulator.webhooks(for: WebhookFire(topic: "stock.picking")) }
    }

    @Test("Odoo's control endpoints live under /_sim/odoo/ (no injected fault reaches them); /_odoo/ is an alias")
    func controlUnderSim() async throws {
        simulator.environment.faults.add(FaultRule(kind: .status(503), count: 5))
        #expect(try await send("GET", "/_sim/odoo/version").1.dictValue?["version"] == "19.0")
        #expect(try await send("GET", "/_sim/faults").0 == 200)
        #expect(simulator.environment.faults.rules.first?.remaining == 5)
        simulator.environment.faults.clear()
        #expect(try await send("GET", "/_odoo/version").1.dictValue?["version"] == "19.0")
        #expect(try await send("GET", "/_sim/odoo/nothing").0 == 404)
    }

    @Test func unknownPathsAreWerkzeug404s() async throws {
        let request = SimRequest(method: "GET", path: "/web/nothing")
        guard case .respond(let response) = await pipeline.handle(request) else { return }
        #expect(response.status == 404 && response.header("Content-Type") == "text/html; charset=utf-8")
    }
}

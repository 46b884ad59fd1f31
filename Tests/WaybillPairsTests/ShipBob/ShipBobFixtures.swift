import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shared set-up of the Odoo ↔ ShipBob end-to-end tests: a sandbox running the `odoo-shipbob`
/// pack with the custom Odoo fields the pair needs, and small readers over the simulators.
enum ShipBobFixtures {
    static let channel = "100101"

    /// A sandbox with `odoo-shipbob` and the custom fields of docs/pairs/odoo-shipbob.md created.
    static func start(
        auth: SandboxOptions.ShipBobAuth = .pat, odoo: OdooVersion = .v19, rules: URL? = nil,
        manualClocks: [String: Date] = [:]
    ) async throws -> Sandbox {
        let sandbox = try await Sandbox.start(SandboxOptions(
            packs: ["odoo-shipbob"], odooVersion: odoo, shipBobAuth: auth, rulesFolder: rules,
            manualClocks: manualClocks))
        do {
            try await createOdooFields(sandbox)
        } catch {
            await sandbox.stop()
            throw error
        }
        return sandbox
    }

    /// Creates the integer/char `x_shipbob_*` fields the way an integrator does (Settings →
    /// Technical → Fields), through the Odoo simulator's control API, on records the flows ignore.
    static func createOdooFields(_ sandbox: Sandbox) async throws {
        let odoo = sandbox.simulators.odoo
        let service = try ids(odoo, "product.product", [["default_code", "=", "DELIVERY"]]).first ?? 0
        let draftPO = try ids(odoo, "purchase.order", [["state", "=", "draft"]]).first ?? 0
        let receipt = try ids(odoo, "stock.picking", [["picking_type_code", "=", "incoming"]]).first ?? 0
        try await post(odoo.environment.baseURL + "/_odoo/records/product.product/\(service)",
                       #"{"x_shipbob_product_id": 0, "x_shipbob_inventory_id": 0}"#)
        try await post(odoo.environment.baseURL + "/_odoo/records/purchase.order/\(draftPO)", #"{"x_shipbob_wro_id": 0}"#)
        try await post(odoo.environment.baseURL + "/_odoo/records/stock.picking/\(receipt)",
                       #"{"x_shipbob_order_id": 0, "x_shipbob_return_id": 0, "x_shipbob_return_status": "-"}"#)
    }

    /// POSTs JSON and fails on a non-2xx answer.
    static func post(_ url: String, _ json: String, headers: [String: String] = [:]) async throws -> Data {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(json.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        #expect((200..<300).contains(status), "\(url) answered \(status): \(String(decoding: data, as: UTF8.self))")
        return data
    }

    /// Record ids of an Odoo model matching a domain.
    static func ids(_ odoo: OdooSimulator, _ model: String, _ domain: [[OdooValue]]) throws -> [Int] {
        try odoo.instance.executeKw(model: model, method: "search", args: [.array(domain.map { .array($0) })])
            .intArray ?? []
    }

    /// `search_read` on the Odoo simulator.
    static func read(_ odoo: OdooSimulator, _ model: String, _ domain: [[OdooValue]], _ fields: [String]) throws
        -> [OdooDict]
    {
        let rows = try odoo.instance.executeKw(
            model: model, method: "search_read", args: [.array(domain.map { .array($0) })],
            kwargs: ["fields": .array(fields.map { .string($0) })])
        return (rows.arrayValue ?? []).compactMap(\.dictValue)
    }

    /// Writes values on Odoo records (as a user would in the UI).
    static func write(_ odoo: OdooSimulator, _ model: String, _ ids: [Int], _ values: OdooDict) throws {
        _ = try odoo.instance.executeKw(model: model, method: "write", args: [.array(ids.map { .int($0) }), .dict(values)])
    }

    /// The ShipBob simulator's API calls (not the token endpoint), in order.
    static func apiCalls(_ bob: ShipBobSimulator) -> [CallRecord] {
        bob.environment.calls.calls.filter { $0.path.hasPrefix("/2026-01/") }
    }

    /// ShipBob records of a kind whose field equals a value.
    static func records(_ bob: ShipBobSimulator, _ kind: String, _ field: String, _ value: String) -> [JSONValue] {
        bob.environment.records.filter(kind) { $0[field]?.stringValue == value }
    }

    /// The bundled rules copied to a temporary folder with `edit` applied to one file (a table).
    static func rules(editing file: String, _ edit: (String) -> String) throws -> URL {
        let source = SandboxOptions.defaultRulesFolder()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        try edit(text).write(to: target, atomically: true, encoding: .utf8)
        return copy
    }
}

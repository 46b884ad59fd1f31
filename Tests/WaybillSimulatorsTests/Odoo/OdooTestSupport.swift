import Foundation
@testable import WaybillSimulators

/// A controllable clock and an Odoo instance with demo data, for tests.
struct OdooFixture {
    let clock = SimulatorClock.manual(at: Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01 00:00:00 UTC
    let instance: OdooInstance

    init(version: OdooVersion = .v19, seed: Bool = true) {
        let clock = self.clock
        instance = OdooInstance(version: version, seed: seed, now: { clock.now() })
    }

    /// `execute_kw` with `args` and `kwargs`.
    func call(_ model: String, _ method: String, _ args: [OdooValue] = [], _ kwargs: OdooDict = [:]) throws -> OdooValue {
        try instance.executeKw(model: model, method: method, args: args, kwargs: kwargs)
    }

    /// `search` with a domain; ids ascending unless `order` says otherwise.
    func search(_ model: String, _ domain: OdooValue, _ kwargs: OdooDict = [:]) throws -> [Int] {
        try call(model, "search", [domain], kwargs).intArray ?? []
    }

    /// One record read as a dictionary.
    func read(_ model: String, _ id: Int, _ fields: [String] = []) throws -> OdooDict {
        let rows = try call(model, "read", [[.int(id)]], ["fields": .array(fields.map { .string($0) })])
        return rows.arrayValue?.first?.dictValue ?? OdooDict()
    }

    /// The id of the product with `default_code`.
    func product(_ code: String) throws -> Int {
        try search("product.product", [["default_code", "=", .string(code)]]).first ?? -1
    }
}

extension OdooHTTPHandler {
    /// Posts `body` to `path` with `headers`.
    func post(_ path: String, _ body: String, headers: [String: String] = [:]) -> OdooHTTPResponse? {
        handle(OdooHTTPRequest(method: "POST", path: path, headers: headers, body: Array(body.utf8)))
    }
}

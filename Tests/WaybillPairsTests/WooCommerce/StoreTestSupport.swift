import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators

/// Helpers the store-pair end-to-end tests share: Odoo reads through the simulator's own
/// `execute_kw`, and JSON calls to a simulator's REST API the way the store's admin would make them.
enum StoreTestSupport {
    /// `search_read` on the Odoo simulator.
    static func odooRecords(
        _ sandbox: Sandbox, _ model: String, _ domain: OdooValue = [], fields: [String] = []
    ) throws -> [OdooDict] {
        let result = try sandbox.simulators.odoo.instance.executeKw(
            model: model, method: "search_read", args: [domain],
            kwargs: ["fields": .array(fields.map { .string($0) })])
        return (result.arrayValue ?? []).compactMap(\.dictValue)
    }

    /// `create` on the Odoo simulator; returns the new id.
    @discardableResult
    static func odooCreate(_ sandbox: Sandbox, _ model: String, _ values: OdooDict) throws -> Int {
        let result = try sandbox.simulators.odoo.instance.executeKw(model: model, method: "create", args: [.dict(values)])
        return try #require(result.intValue ?? result.arrayValue?.first?.intValue)
    }

    /// Odoo RPC calls the engine made, as `model.method` (JSON-2 paths or XML-RPC `execute_kw` bodies).
    static func odooPaths(_ sandbox: Sandbox) -> [String] {
        sandbox.simulators.odoo.environment.calls.calls.map(\.path)
    }

    /// Sends `body` as JSON to `url` with `headers`; returns the status and the parsed answer.
    @discardableResult
    static func request(
        _ method: String, _ url: String, json body: JSONValue? = nil, headers: [String: String] = [:]
    ) async throws -> (status: Int, body: JSONValue, headers: [String: String]) {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = body.serialized()
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return (http?.statusCode ?? 0, JSONValue.parse(data) ?? .null, headers)
    }

    /// The body of `GET url` as text.
    static func text(_ url: String) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return String(decoding: data, as: UTF8.self)
    }

    /// The demo catalogue's SKUs as Odoo products (internal reference = SKU), for a pack whose
    /// store sells them. Returns ids by SKU.
    @discardableResult
    static func seedStoreProducts(_ sandbox: Sandbox, skus: [(String, String, Double)]) throws -> [String: Int] {
        var ids: [String: Int] = [:]
        let storable: OdooDict = sandbox.simulators.odoo.instance.version.major >= 18
            ? ["type": "consu", "is_storable": true] : ["type": "product"]
        for (sku, name, price) in skus {
            var values: OdooDict = ["name": .string(name), "default_code": .string(sku), "list_price": .double(price)]
            for (key, value) in storable { values[key] = value }
            ids[sku] = try odooCreate(sandbox, "product.product", values)
        }
        return ids
    }
}

extension StoreTestSupport {
    /// How many `model.method` calls reached the Odoo simulator (JSON-2 path or XML-RPC body).
    static func odooCalls(_ sandbox: Sandbox, model: String, method: String) -> Int {
        sandbox.simulators.odoo.instance.rpcLog.count(model: model, method: method)
    }
}

extension StoreTestSupport {
    /// Every ORM call went over XML-RPC for Odoo 17 and JSON-2 for Odoo 19 (auto-detected), and
    /// the Odoo call log shows the matching endpoints.
    static func expectProtocol(_ sandbox: Sandbox, _ version: OdooVersion, sourceLocation: SourceLocation = #_sourceLocation) {
        let calls = sandbox.simulators.odoo.instance.rpcLog.calls
        let wanted: OdooRPCCall.Wire = version == .v17 ? .xmlRPC : .json2
        #expect(!calls.isEmpty, sourceLocation: sourceLocation)
        #expect(calls.allSatisfy { $0.wire == wanted }, "\(Set(calls.map(\.wire)))", sourceLocation: sourceLocation)
        let paths = odooPaths(sandbox)
        let endpoint = version == .v17 ? "/xmlrpc/2/object" : "/json/2/"
        #expect(paths.contains { $0.hasPrefix(endpoint) }, sourceLocation: sourceLocation)
    }
}

extension StoreTestSupport {
    /// No job of the sandbox ended as a dead letter (their errors are shown when one did).
    static func expectNoDeadLetters(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let dead = try await sandbox.deadLetters()
        #expect(dead.isEmpty, "\(dead.map { "\($0.flow) \($0.identity): \($0.lifecycle.lastError ?? "")" })",
                sourceLocation: sourceLocation)
    }
}

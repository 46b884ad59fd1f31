import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import WaybillSandbox
import WaybillSimulators

/// Shared set-up of the Odoo ↔ ShipBob end-to-end tests: a sandbox running the `odoo-shipbob`
/// pack (the sandbox creates the custom `x_shipbob_*` Odoo fields the system file declares), and
/// small readers over the simulators.
enum ShipBobFixtures {
    static let channel = "100101"

    /// How the ShipBob connection authenticates (the system file's `any_of` choices).
    enum Auth: String {
        /// A personal access token (never expires).
        case pat
        /// OAuth2 with rotating refresh tokens (the sandbox exchanges the simulator's demo code first).
        case oauth2
    }

    /// A sandbox running `odoo-shipbob`.
    static func start(
        auth: Auth = .pat, odoo: OdooVersion = .v19, rules: URL? = nil,
        manualClocks: [String: Date] = [:]
    ) async throws -> Sandbox {
        try await Sandbox.start(SandboxOptions(
            packs: ["odoo-shipbob"], odooVersion: odoo, authChoices: ["shipbob": auth.rawValue], rulesFolder: rules,
            manualClocks: manualClocks))
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

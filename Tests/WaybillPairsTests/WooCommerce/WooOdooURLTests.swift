import Foundation
import Testing
import WaybillEngine
import WaybillRules
import WaybillSandbox

/// WooCommerce behaviour 4 (second half): the Odoo base URL of a connection is validated when the
/// runtime is built from the bundled rules — Odoo Online, Odoo.sh and self-hosted forms pass, a
/// malformed one is a clear configuration error (issue 6).
@Suite("WooCommerce Odoo base URLs")
struct WooOdooURLTests {
    static let acceptedURLs = ["https://acme.odoo.com", "https://acme-prod-1234567.odoo.sh", "https://erp.example.com/odoo"]
    static let refusedURLs: [(String, String)] = [
        ("http://erp.example.com", "use https"),
        ("https://acme.odoo.com/odoo", "must not have a path"),
        ("acme.odoo.com", "not an absolute URL"),
        ("https://erp.example.com/?db=acme", "must not have a query"),
    ]

    @Test("Odoo Online, Odoo.sh and self-hosted URLs build", arguments: acceptedURLs)
    func accepted(url: String) async throws {
        let built = try await build(odooURL: url)
        #expect(built.skipped.isEmpty)
        #expect(Set(built.assignments.map(\.flow.name)) == ["woocommerce-customers", "woocommerce-orders"])
    }

    @Test("a malformed Odoo URL is refused with an explanation", arguments: refusedURLs)
    func refused(url: String, explanation: String) async throws {
        do {
            _ = try await build(odooURL: url)
            Issue.record("\(url) was accepted")
        } catch {
            let text = String(describing: error)
            #expect(text.contains("acme/odoo"), "\(text)")
            #expect(text.contains(explanation), "\(text)")
        }
    }

    /// Compiles the bundled rules with a one-tenant connections file and builds the runtime.
    private func build(odooURL: String) async throws -> RuntimeBuilder.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-odoo-url-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("connections.yaml")
        try """
        tenants:
          acme:
            packs: [odoo-woocommerce]
            connections:
              odoo:
                base_url: "\(odooURL)"
                database: acme
                login: integration@acme.example
                secrets: { api_key: odoo/acme/api_key }
              woocommerce:
                base_url: https://shop.example.com/wp-json/wc/v3
                secrets: { consumer_key: woo/ck, consumer_secret: woo/cs, webhook_secret: woo/wh }
        """.write(to: file, atomically: true, encoding: .utf8)
        let loaded = RuleSet.loadResult(paths: [SandboxOptions.defaultRulesFolder().path, file.path])
        let plan = try #require(loaded.plan, "\(loaded.diagnostics.filter { $0.severity == .error })")
        let connections = try #require(plan.connections)
        let factory = ConnectorClientFactory(saveSecret: { _, _ in })
        return try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems, tables: plan.tables)
            .build(connections: connections, factory: factory, secret: { _ in "secret" })
    }
}

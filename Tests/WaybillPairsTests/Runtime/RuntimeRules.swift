import Foundation
import Testing
import WaybillSandbox

/// A rules folder for the runtime tests: the bundled Odoo and WooCommerce system files, WooCommerce
/// given product `create`/`update` operations and no client-side rate limit (the WooCommerce
/// simulator has none, like the real API), and one flow: Odoo products → WooCommerce products,
/// matched by SKU before create.
///
/// The pack folder is named `odoo-woocommerce` so a ``Sandbox`` started with that pack and this
/// folder runs the Odoo and WooCommerce simulators.
enum RuntimeRules {
    static let pack = "odoo-woocommerce"
    static let flow = "runtime-products"

    /// Writes the folder; `every` is the poll interval.
    static func write(to folder: URL, every: String = "2s") throws -> URL {
        let rules = folder.appendingPathComponent("rules")
        let systems = rules.appendingPathComponent("systems")
        let packFolder = rules.appendingPathComponent(pack)
        for directory in [systems, packFolder] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let bundled = SandboxOptions.defaultRulesFolder().appendingPathComponent("systems")
        let odoo = try String(contentsOf: bundled.appendingPathComponent("odoo.yaml"), encoding: .utf8)
        try odoo.write(to: systems.appendingPathComponent("odoo.yaml"), atomically: true, encoding: .utf8)
        var woo = try String(contentsOf: bundled.appendingPathComponent("woocommerce.yaml"), encoding: .utf8)
        let list = "      list: { method: GET, path: /products, query: { sku: { param: true } } }\n"
        let limit = "  requests: 120 "
        try #require(woo.contains(list) && woo.contains(limit), "bundled woocommerce.yaml changed: update RuntimeRules")
        woo = woo.replacingOccurrences(of: list, with: list
            + "      create: { method: POST, path: /products, records: . }\n"
            + "      update: { method: PUT, path: '/products/{id}', records: . }\n")
        woo = woo.replacingOccurrences(of: limit, with: "  requests: 100000 ")
        try woo.write(to: systems.appendingPathComponent("woocommerce.yaml"), atomically: true, encoding: .utf8)
        let flowText = """
            flow: \(flow)
            description: Odoo products → WooCommerce products, matched by SKU (runtime tests).
            trigger:
              poll:
                system: odoo
                model: product.product
                every: \(every)
                domain: [[default_code, '!=', false]]
                cursor: { field: write_date, tie_breaker: id, lookback: 10m }
            read:
              fields: [default_code, name, write_date]
            write:
              name: create_product
              system: woocommerce
              resource: product
              operation: create
              match: [[sku, '=', default_code]]
              values:
                sku: default_code
                name: name
            identity: "odoo:product:${id}"
            version: write_date

            """
        try flowText.write(to: packFolder.appendingPathComponent("products.yaml"), atomically: true, encoding: .utf8)
        return rules
    }
}

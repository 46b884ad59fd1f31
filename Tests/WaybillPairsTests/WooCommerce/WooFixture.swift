import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// A running Odoo ↔ WooCommerce sandbox with the Odoo side set up as docs/pairs/odoo-woocommerce.md
/// says: the pack's custom fields (created by the sandbox), the store's products (internal reference = SKU) and the income
/// accounts of tables/sales_accounts.yaml.
struct WooFixture {
    let sandbox: Sandbox
    /// Odoo product ids by SKU.
    let products: [String: Int]
    /// Odoo account ids by code.
    let accounts: [String: Int]

    var woo: WooCommerceSimulator { sandbox.simulators.wooCommerce! }  // started with the pack
    var api: String { woo.environment.baseURL + "/wp-json/wc/v3" }
    var auth: [String: String] {
        let token = Data("\(woo.consumerKey):\(woo.consumerSecret)".utf8).base64EncodedString()
        return ["Authorization": "Basic \(token)"]
    }

    static func start(odoo version: OdooVersion = .v19) async throws -> WooFixture {
        let sandbox = try await Sandbox.start(SandboxOptions(packs: ["odoo-woocommerce"], odooVersion: version))
        // The sandbox created the pack's custom fields (x_woocommerce_customer_id, x_woocommerce_order_id).
        let products = try StoreTestSupport.seedStoreProducts(sandbox, skus: [
            ("WB-MUG-001", "Waybill Enamel Mug", 14), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 22),
            ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 22), ("WB-CAP-NVY", "Waybill Cap Navy", 18.5),
            ("WB-BOTTLE-750", "Steel Bottle 750 ml", 27), ("WB-NOTE-A5", "Dot Grid Notebook A5", 9.75),
        ])
        var accounts: [String: Int] = [:]
        for row in try StoreTestSupport.odooRecords(sandbox, "account.account", fields: ["code"]) {
            if let code = row["code"]?.stringValue, let id = row["id"]?.intValue { accounts[code] = id }
        }
        for (code, name) in [("400100", "Sales reduced rate"), ("400200", "Sales zero rate")] {
            accounts[code] = try StoreTestSupport.odooCreate(sandbox, "account.account", [
                "code": .string(code), "name": .string(name), "account_type": "income"])
        }
        return WooFixture(sandbox: sandbox, products: products, accounts: accounts)
    }

    /// Creates a record through the store's REST API (`customers`, `orders`); returns it.
    func create(_ path: String, _ body: JSONValue) async throws -> JSONValue {
        let answer = try await StoreTestSupport.request("POST", "\(api)/\(path)", json: body, headers: auth)
        #expect(answer.status == 201, "POST /\(path): \(answer.body)")
        return answer.body
    }

    /// Updates a record through the store's REST API, as a shop manager would a minute later
    /// (`date_modified_gmt` has whole seconds and is the flows' version, so the test moves the
    /// stamp on instead of waiting).
    @discardableResult
    func update(_ path: String, id: Int, _ body: JSONValue) async throws -> JSONValue {
        let answer = try await StoreTestSupport.request("PUT", "\(api)/\(path)/\(id)", json: body, headers: auth)
        #expect(answer.status == 200, "PUT /\(path)/\(id): \(answer.body)")
        let later = Date().addingTimeInterval(60)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        _ = woo.environment.records.update(path, id: String(id)) { record in
            record["date_modified_gmt"] = .string(formatter.string(from: later))
            record["$modified"] = .double(later.timeIntervalSince1970)
        }
        return answer.body
    }

    /// Invoices Waybill made for WooCommerce order `id`.
    func invoices(order id: Int) throws -> [OdooDict] {
        try StoreTestSupport.odooRecords(sandbox, "account.move", [["x_woocommerce_order_id", "=", .int(id)]],
                                         fields: ["partner_id", "move_type", "state", "invoice_date", "invoice_line_ids",
                                                  "amount_untaxed", "ref"])
    }

    /// Lines of invoice `id`.
    func lines(invoice id: Int) throws -> [OdooDict] {
        try StoreTestSupport.odooRecords(sandbox, "account.move.line", [["move_id", "=", .int(id)]],
                                         fields: ["product_id", "quantity", "price_unit", "account_id", "name"])
    }

    /// Partners with `email` (case-insensitive).
    func partners(email: String) throws -> [OdooDict] {
        try StoreTestSupport.odooRecords(sandbox, "res.partner", [["email", "=ilike", .string(email)]],
                                         fields: ["name", "email", "phone", "street", "city", "zip",
                                                  "x_woocommerce_customer_id", "type"])
    }
}

extension OdooDict {
    /// The id of a many2one value (`[id, name]`).
    func many2oneID(_ field: String) -> Int? {
        self[field]?.arrayValue?.first?.intValue ?? self[field]?.intValue
    }
}

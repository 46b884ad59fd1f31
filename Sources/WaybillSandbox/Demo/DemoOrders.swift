import Foundation
import WaybillSimulators

/// The shop-floor moments of the demo day, done the way people do them: a sale order confirmed
/// in Odoo, a label bought in ShipStation, a parcel shipped by ShipBob, a refund in Shopify.
enum DemoOrders {
    /// A confirmed sale order for `customer` whose delivery is reserved (ready); returns the order name.
    @discardableResult
    static func readyDelivery(_ odoo: OdooSimulator, customer: String, lines: [(String, Double)]) throws -> String {
        let instance = odoo.instance
        let partner = try customerID(instance, customer)
        var commands: [OdooValue] = []
        for (sku, quantity) in lines {
            let product = try firstID(instance, "product.product", [["default_code", "=", .string(sku)]])
            commands.append([0, 0, ["product_id": .int(product), "product_uom_qty": .double(quantity)]])
        }
        let order = try require(instance.executeKw(model: "sale.order", method: "create", args: [[
            "partner_id": .int(partner), "order_line": .array(commands),
        ]]).intValue, "sale order")
        _ = try instance.executeKw(model: "sale.order", method: "action_confirm", args: [[.int(order)]])
        let pickings = try instance.executeKw(model: "stock.picking", method: "search", args: [[["origin", "=", .string(
            try name(instance, "sale.order", order))]]])
        if let ids = pickings.arrayValue, !ids.isEmpty {
            _ = try instance.executeKw(model: "stock.picking", method: "action_assign", args: [.array(ids)])
        }
        return try name(instance, "sale.order", order)
    }

    /// A confirmed purchase order from the first vendor for `lines`.
    static func confirmedPurchase(_ odoo: OdooSimulator, lines: [(String, Double)]) throws {
        let instance = odoo.instance
        let vendor = try firstID(instance, "res.partner", [["is_company", "=", true]])
        var commands: [OdooValue] = []
        for (sku, quantity) in lines {
            let product = try firstID(instance, "product.product", [["default_code", "=", .string(sku)]])
            commands.append([0, 0, ["product_id": .int(product), "product_qty": .double(quantity), "price_unit": 5.0]])
        }
        let order = try require(instance.executeKw(model: "purchase.order", method: "create", args: [[
            "partner_id": .int(vendor), "order_line": .array(commands),
        ]]).intValue, "purchase order")
        _ = try instance.executeKw(model: "purchase.order", method: "button_confirm", args: [[.int(order)]])
    }

    /// Buys a label for the exported order in ShipStation (markasshipped) and lets ShipStation
    /// send its SHIP_NOTIFY webhook.
    static func shipInShipStation(_ sandbox: Sandbox) async throws {
        guard let shipStation = sandbox.simulators.shipStation else { throw SandboxError("no ShipStation simulator") }
        let orders = shipStation.environment.records.all("orders").filter {
            $0["orderKey"]?.stringValue?.hasPrefix("odoo-picking-") == true
        }
        guard let order = orders.last, let orderID = order["orderId"] else {
            throw SandboxError("no order was exported to ShipStation")
        }
        let credentials = shipStation.credentials
        let answer = try await SandboxHTTP.send(shipStation, "POST", "/orders/markasshipped", body: [
            "orderId": orderID, "carrierCode": "ups", "trackingNumber": "1Z999AA10123456784",
            "shipDate": .string(String(ISO8601DateFormatter().string(from: Date()).prefix(10))),
            "notifyCustomer": false, "notifyMarketplace": false,
        ], headers: ["Authorization": SandboxHTTP.basic(credentials["api_key"] ?? "", credentials["api_secret"] ?? "")])
        guard (200..<300).contains(answer.status) else { throw SandboxError("markasshipped answered \(answer.status)") }
        try await sandbox.fire("shipstation", topic: "SHIP_NOTIFY")
    }

    /// An Odoo sale order fulfilled by ShipBob: the order reaches ShipBob (as a store would send
    /// it), ShipBob ships it and sends `order.shipped`.
    static func shipInShipBob(_ sandbox: Sandbox) async throws {
        guard let shipBob = sandbox.simulators.shipBob else { throw SandboxError("no ShipBob simulator") }
        let reference = try readyDelivery(sandbox.simulators.odoo, customer: "Grace Hopper",
                                          lines: [("WB-TEE-BLK-L", 1), ("WB-CAP-NVY", 1)])
        let credentials = shipBob.credentials
        let created = try await SandboxHTTP.send(shipBob, "POST", "/2026-01/order", body: [
            "reference_id": .string(reference), "shipping_method": "Standard",
            "recipient": ["name": "Grace Hopper", "address": [
                "address1": "1 Navy Way", "city": "Arlington", "state": "VA", "country": "US", "zip_code": "22202"]],
            "products": [["reference_id": "WB-TEE-BLK-L", "sku": "WB-TEE-BLK-L", "quantity": 1],
                         ["reference_id": "WB-CAP-NVY", "sku": "WB-CAP-NVY", "quantity": 1]],
        ], headers: ["Authorization": "Bearer \(credentials["personal_access_token"] ?? "")",
                     "shipbob_channel_id": credentials["channel_id"] ?? ""])
        guard (200..<300).contains(created.status), let id = created.body?["id"] else {
            throw SandboxError("ShipBob order create answered \(created.status)")
        }
        let orderID = String(describing: id.intValue ?? 0)
        _ = shipBob.shipOrder(id: orderID)
        try await sandbox.fire("shipbob", topic: "order.shipped", resourceID: orderID)
    }

    /// A refund with restock of one line of the newest Shopify order, then `refunds/create`.
    static func refundInShopify(_ sandbox: Sandbox) async throws {
        guard let shopify = sandbox.simulators.shopify else { throw SandboxError("no Shopify simulator") }
        guard let order = shopify.environment.records.all("orders").last, let orderID = order["id"]?.intValue,
              let line = order["line_items"]?.arrayValue?.first, let lineID = line["id"]
        else { throw SandboxError("no Shopify order to refund") }
        let price = line["price"]?.stringValue ?? "0"
        let answer = try await SandboxHTTP.send(shopify, "POST", "/admin/api/2025-07/orders/\(orderID)/refunds.json", body: [
            "refund": ["restock": true, "note": "Damaged in transit",
                       "refund_line_items": [["line_item_id": lineID, "quantity": 1, "restock_type": "return"]],
                       "transactions": [["kind": "refund", "gateway": "manual", "amount": .string(price)]]],
        ], headers: ["X-Shopify-Access-Token": shopify.credentials["access_token"] ?? ""])
        guard (200..<300).contains(answer.status), let refund = answer.body?["refund"]?["id"]?.intValue else {
            throw SandboxError("Shopify refund answered \(answer.status)")
        }
        try await sandbox.fire("shopify", topic: "refunds/create", resourceID: String(refund))
    }

    /// The customer's contact, created with a US address the first time.
    static func customerID(_ instance: OdooInstance, _ customer: String) throws -> Int {
        let found = try instance.executeKw(model: "res.partner", method: "search",
                                           args: [[["name", "=", .string(customer)]]], kwargs: ["limit": 1])
        if let id = found.arrayValue?.first?.intValue { return id }
        let email = customer.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.com"
        let country = try firstID(instance, "res.country", [["code", "=", "US"]])
        return try require(instance.executeKw(model: "res.partner", method: "create", args: [[
            "name": .string(customer), "email": .string(email), "street": "12 Analytical Row", "city": "Boston",
            "zip": "02110", "country_id": .int(country), "phone": "+1 617 555 0100",
        ]]).intValue, "new contact \(customer)")
    }

    private static func firstID(_ instance: OdooInstance, _ model: String, _ domain: [OdooValue]) throws -> Int {
        let found = try instance.executeKw(model: model, method: "search", args: [.array(domain)], kwargs: ["limit": 1])
        return try require(found.arrayValue?.first?.intValue, "\(model) matching \(domain)")
    }

    private static func name(_ instance: OdooInstance, _ model: String, _ id: Int) throws -> String {
        let read = try instance.executeKw(model: model, method: "read", args: [[.int(id)]], kwargs: ["fields": ["name"]])
        return try require(read.arrayValue?.first?.dictValue?["name"]?.stringValue, "\(model) \(id) name")
    }

    private static func require<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw SandboxError("demo data: no \(what)") }
        return value
    }
}

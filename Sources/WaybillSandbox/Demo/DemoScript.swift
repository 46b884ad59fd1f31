import Foundation
import WaybillEngine
import WaybillSimulators

/// The scripted day, pair by pair. Each step does what would happen in a shop (an order placed,
/// a label bought, a refund given) through the simulators, then lets the engine move it.
enum DemoScript {
    static let shipStation = "Odoo ↔ ShipStation"
    static let shipBob = "Odoo ↔ ShipBob"
    static let wooCommerce = "Odoo ↔ WooCommerce"
    static let shopify = "Odoo ↔ Shopify"

    static var steps: [DemoStep] {
        [
            DemoStep(pair: shipStation, title: "Catalogue loaded in Odoo; products pushed", flows: ["shipstation-products"],
                     seeAt: "ShipStation GET /products (weightOz from Odoo's kg)") { sandbox in
                try DemoCatalogue.seed(sandbox.simulators.odoo)
                try DemoShipStationSetup.prepare(sandbox)
                return try await sandbox.runOnce(["shipstation-products"])
            },
            DemoStep(pair: shipStation, title: "Stock per warehouse pushed to V2 inventory", flows: ["shipstation-inventory"],
                     seeAt: "ShipStation GET /v2/inventory") { sandbox in
                try await sandbox.runOnce(["shipstation-inventory"])
            },
            DemoStep(pair: shipStation, title: "Delivery exported as an order (a 503 survived)",
                     flows: ["shipstation-deliveries"], seeAt: "ShipStation GET /orders; Odoo x_shipstation_exported") { sandbox in
                try DemoOrders.readyDelivery(sandbox.simulators.odoo, customer: "Ada Lovelace",
                                             lines: [("WB-MUG-001", 2), ("WB-NOTE-A5", 1)])
                sandbox.simulators.shipStation?.environment.faults.add(
                    FaultRule(kind: .status(503), count: 1, pathPrefix: "/orders/createorder"))
                return try await sandbox.runOnce(["shipstation-deliveries"])
            },
            DemoStep(pair: shipStation, title: "Label bought → tracking and cost back in Odoo",
                     flows: ["shipstation-shipments"], seeAt: "Odoo stock.picking carrier_tracking_ref, state done") { sandbox in
                try await DemoOrders.shipInShipStation(sandbox)
                return try await sandbox.drain()
            },
            DemoStep(pair: shipBob, title: "Catalogue pushed to ShipBob (matched by SKU)", flows: ["shipbob-products"],
                     seeAt: "ShipBob GET /2026-01/product") { sandbox in
                try await sandbox.runOnce(["shipbob-products"])
            },
            DemoStep(pair: shipBob, title: "Purchase order → ShipBob receiving order (WRO)",
                     flows: ["shipbob-purchase-orders"], seeAt: "ShipBob GET /2026-01/receiving") { sandbox in
                try DemoOrders.confirmedPurchase(sandbox.simulators.odoo, lines: [("WB-CAP-NVY", 50), ("WB-TEE-BLK-M", 24)])
                return try await sandbox.runOnce(["shipbob-purchase-orders"])
            },
            DemoStep(pair: shipBob, title: "ShipBob ships an order → tracking in Odoo (signed)",
                     flows: ["shipbob-order-shipped"], seeAt: "Odoo stock.picking carrier_tracking_ref") { sandbox in
                try await DemoOrders.shipInShipBob(sandbox)
                return try await sandbox.drain()
            },
            DemoStep(pair: wooCommerce, title: "Customer signs up → Odoo contact (signed webhook)",
                     flows: ["woocommerce-customers"], seeAt: "Odoo res.partner (matched by email)") { sandbox in
                try await sandbox.fire("woocommerce", topic: "customer.created")
                return try await sandbox.drain()
            },
            DemoStep(pair: wooCommerce, title: "Order placed → draft customer invoice in Odoo",
                     flows: ["woocommerce-orders"], seeAt: "Odoo account.move out_invoice") { sandbox in
                try await sandbox.fire("woocommerce", topic: "order.created")
                return try await sandbox.drain()
            },
            DemoStep(pair: shopify, title: "Products linked by SKU; price, weight, cost pushed",
                     flows: ["shopify-product-links", "shopify-products"],
                     seeAt: "Shopify GET /products.json (titles untouched); Odoo x_shopify_variant_id") { sandbox in
                var summary = try await sandbox.runOnce(["shopify-product-links"])
                summary.add(try await sandbox.runOnce(["shopify-products"]))
                return summary
            },
            DemoStep(pair: shopify, title: "Stock minus buffer to locations (a 429 burst survived)",
                     flows: ["shopify-inventory"], seeAt: "Shopify GET /inventory_levels.json") { sandbox in
                sandbox.simulators.shopify?.environment.faults.add(
                    FaultRule(kind: .rateLimit(retryAfter: 1), count: 3, pathPrefix: "/admin/api/2025-07/inventory_levels"))
                return try await sandbox.runOnce(["shopify-inventory"])
            },
            DemoStep(pair: shopify, title: "Order delivered three times → one sale order",
                     flows: ["shopify-orders"], seeAt: "Odoo sale.order x_shopify_order_id") { sandbox in
                try await sandbox.fire("shopify", topic: "orders/create", copies: 3)
                return try await sandbox.drain()
            },
            DemoStep(pair: shopify, title: "Refund with restock → credit note and return",
                     flows: ["shopify-refunds"], seeAt: "Odoo account.move out_refund") { sandbox in
                try await DemoOrders.refundInShopify(sandbox)
                return try await sandbox.drain()
            },
        ]
    }
}

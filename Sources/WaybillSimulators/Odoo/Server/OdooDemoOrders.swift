/// Demo taxes, accounts, journals, sale and purchase orders, transfers and invoices.
enum OdooDemoOrders {
    static func seed(_ database: OdooDatabase, customers: OdooDemoPartners, locations: OdooDemoStock.Locations) throws {
        let tax = try database.create("account.tax", ["name": "15%", "amount": 15.0, "type_tax_use": "sale"])
        try database.create("account.tax", ["name": "15% (purchase)", "amount": 15.0, "type_tax_use": "purchase"])
        try database.create("account.tax", ["name": "0%", "amount": 0.0, "type_tax_use": "sale"])
        for (code, name, type) in [
            ("121000", "Account Receivable", "asset_receivable"), ("211000", "Account Payable", "liability_payable"),
            ("400000", "Product Sales", "income"), ("600000", "Expenses", "expense"),
        ] {
            try database.create("account.account", ["code": .string(code), "name": .string(name), "account_type": .string(type)])
        }
        try database.create("account.journal", ["name": "Customer Invoices", "code": "INV", "type": "sale"])
        try database.create("account.journal", ["name": "Vendor Bills", "code": "BILL", "type": "purchase"])

        let product = { (code: String) -> OdooValue in
            let id = database.allIds("product.product").first { database.row("product.product", $0)?["default_code"]?.stringValue == code }
            return id.map { .int($0) } ?? .bool(false)
        }
        func line(_ code: String, _ qty: Double, _ price: Double) -> OdooValue {
            [0, 0, ["product_id": product(code), "product_uom_qty": .double(qty), "price_unit": .double(price), "tax_id": [[6, 0, [.int(tax)]]]]]
        }
        _ = try database.create("sale.order", [
            "partner_id": .int(customers.deco), "client_order_ref": "SHOP-1001",
            "order_line": [line("FURN_0269", 2, 120.5), line("FURN_7777", 1, 40)],
        ])
        let confirmed = try database.create("sale.order", [
            "partner_id": .int(customers.azure), "partner_shipping_id": .int(customers.brandon), "client_order_ref": "SHOP-1002",
            "order_line": [line("FURN_0096", 1, 750), line("FURN_5555", 3, 100)],
        ])
        let partial = try database.create("sale.order", [
            "partner_id": .int(customers.gemini), "client_order_ref": "SHOP-1003",
            "order_line": [line("FURN_8220", 4, 2350), line("FURN_8888", 10, 15.8)],
        ])
        _ = try OdooDispatcher.executeKw(database, model: "sale.order", method: "action_confirm", args: [[.int(confirmed), .int(partial)]], kwargs: [:])
        for picking in database.referencing("stock.picking", "sale_id", confirmed) {
            database.touch("stock.picking", picking, ["x_shipstation_exported": true])
        }

        func poLine(_ code: String, _ qty: Double, _ price: Double) -> OdooValue {
            [0, 0, ["product_id": product(code), "product_qty": .double(qty), "price_unit": .double(price)]]
        }
        let purchase = try database.create("purchase.order", [
            "partner_id": .int(customers.vendor), "partner_ref": "WC-PO-77",
            "order_line": [poLine("FURN_9001", 5, 1100), poLine("FURN_6666", 10, 180)],
        ])
        _ = try database.create("purchase.order", ["partner_id": .int(customers.vendor), "order_line": [poLine("FURN_8888", 100, 6)]])
        _ = try OdooDispatcher.executeKw(database, model: "purchase.order", method: "button_confirm", args: [[.int(purchase)]], kwargs: [:])

        let invoiceLine: OdooValue = [0, 0, ["product_id": product("FURN_0096"), "quantity": 1.0, "price_unit": 750.0, "tax_ids": [[6, 0, [.int(tax)]]]]]
        let invoice = try database.create("account.move", [
            "move_type": "out_invoice", "partner_id": .int(customers.azure), "invoice_origin": "S00002",
            "invoice_line_ids": [invoiceLine],
        ])
        _ = try OdooDispatcher.executeKw(database, model: "account.move", method: "action_post", args: [[.int(invoice)]], kwargs: [:])
        _ = locations
    }
}

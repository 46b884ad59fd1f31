/// Demo warehouses WH and WH2 with their locations, operation types, carriers, products and quants.
enum OdooDemoStock {
    /// Location and operation-type ids the other demo records refer to.
    struct Locations {
        let vendors: Int
        let customers: Int
        let whStock: Int
        let wh2Stock: Int
        let warehouses: [Int]
    }

    static func seedLocations(_ database: OdooDatabase, company: Int) throws -> Locations {
        func location(_ name: String, _ usage: String, parent: Int?) throws -> Int {
            var vals: OdooDict = ["name": .string(name), "usage": .string(usage), "company_id": .int(company)]
            if let parent { vals["location_id"] = .int(parent) }
            return try database.create("stock.location", vals)
        }
        let physical = try location("Physical Locations", "view", parent: nil)
        let partners = try location("Partners", "view", parent: nil)
        let vendors = try location("Vendors", "supplier", parent: partners)
        let customers = try location("Customers", "customer", parent: partners)
        let virtual = try location("Virtual Locations", "view", parent: nil)
        _ = try location("Inventory adjustment", "inventory", parent: virtual)
        var stocks: [Int] = []
        var warehouses: [Int] = []
        for (code, name) in [("WH", "Main Warehouse"), ("WH2", "Second Warehouse")] {
            let view = try location(code, "view", parent: physical)
            let stock = try location("Stock", "internal", parent: view)
            if code == "WH" { _ = try location("Shelf 1", "internal", parent: stock) }
            let warehouse = try database.create("stock.warehouse", [
                "name": .string(name), "code": .string(code), "lot_stock_id": .int(stock), "view_location_id": .int(view),
                "company_id": .int(company),
            ])
            for id in database.allIds("stock.location") where [view, stock].contains(id) || database.row("stock.location", id)?["location_id"]?.intValue == stock {
                database.touch("stock.location", id, ["warehouse_id": .int(warehouse)])
            }
            for (type, typeCode, sequence, source, destination) in [
                ("Receipts", "incoming", "IN", vendors, stock), ("Delivery Orders", "outgoing", "OUT", stock, customers),
                ("Internal Transfers", "internal", "INT", stock, stock),
            ] {
                try database.create("stock.picking.type", [
                    "name": .string(type), "code": .string(typeCode), "sequence_code": .string(sequence),
                    "warehouse_id": .int(warehouse), "default_location_src_id": .int(source),
                    "default_location_dest_id": .int(destination),
                ])
            }
            stocks.append(stock)
            warehouses.append(warehouse)
        }
        for carrier in ["FedEx Ground", "UPS Ground", "USPS Priority Mail"] {
            try database.create("delivery.carrier", ["name": .string(carrier)])
        }
        return Locations(vendors: vendors, customers: customers, whStock: stocks[0], wh2Stock: stocks[1], warehouses: warehouses)
    }

    static func seedProducts(_ database: OdooDatabase, locations: Locations) throws {
        let category = try database.create("product.category", ["name": "All / Saleable"])
        let storable: OdooDict = database.version.major >= 18 ? ["type": "consu", "is_storable": true] : ["type": "product"]
        for (code, name, weight, price, cost, barcode, whQty, wh2Qty) in OdooDemoData.products {
            var vals: OdooDict = [
                "name": .string(name), "default_code": .string(code), "weight": .double(weight), "list_price": .double(price),
                "standard_price": .double(cost), "barcode": .string(barcode), "categ_id": .int(category),
            ]
            for (key, value) in storable { vals[key] = value }
            let product = try database.create("product.product", vals)
            for (location, quantity) in [(locations.whStock, whQty), (locations.wh2Stock, wh2Qty)] where quantity > 0 {
                try database.create("stock.quant", ["product_id": .int(product), "location_id": .int(location), "quantity": .double(quantity)])
            }
        }
        try database.create("product.product", ["name": "Standard delivery", "default_code": "DELIVERY", "type": "service", "list_price": 10.0])
        try database.create("product.product", [
            "name": "Discontinued Stool", "default_code": "FURN_0001", "weight": 3.0, "list_price": 30.0, "active": false,
        ])
    }
}

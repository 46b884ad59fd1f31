import Foundation

extension WooCommerceSimulator {
    /// Fields every record of `path` starts with.
    func template(_ path: String) -> JSONValue {
        let address: JSONValue = ["first_name": "", "last_name": "", "company": "", "address_1": "", "address_2": "",
                                  "city": "", "state": "", "postcode": "", "country": "", "email": "", "phone": ""]
        switch path {
        case "orders":
            return ["parent_id": 0, "status": "pending", "currency": "USD", "version": "9.8.5", "prices_include_tax": false,
                    "created_via": "rest-api", "discount_total": "0.00", "discount_tax": "0.00", "shipping_total": "0.00",
                    "shipping_tax": "0.00", "cart_tax": "0.00", "total": "0.00", "total_tax": "0.00", "customer_id": 0,
                    "customer_note": "", "billing": address, "shipping": address, "payment_method": "",
                    "payment_method_title": "", "transaction_id": "", "date_paid": nil, "date_paid_gmt": nil,
                    "date_completed": nil, "date_completed_gmt": nil, "meta_data": [], "line_items": [], "tax_lines": [],
                    "shipping_lines": [], "fee_lines": [], "coupon_lines": [], "refunds": []]
        case "products":
            return ["name": "", "slug": "", "type": "simple", "status": "publish", "sku": "", "price": "0.00",
                    "regular_price": "0.00", "sale_price": "", "manage_stock": true, "stock_quantity": 0,
                    "stock_status": "outofstock", "weight": "", "meta_data": []]
        case "customers":
            return ["email": "", "first_name": "", "last_name": "", "role": "customer", "username": "",
                    "billing": address, "shipping": address, "is_paying_customer": false, "meta_data": []]
        default:
            return [:]
        }
    }

    public func seedDemoData() {
        let catalogue: [(String, String, String, Int)] = [
            ("WB-MUG-001", "Waybill Enamel Mug", "14.00", 120), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", "22.00", 80),
            ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", "22.00", 64), ("WB-CAP-NVY", "Waybill Cap Navy", "18.50", 45),
            ("WB-BOTTLE-750", "Steel Bottle 750 ml", "27.00", 30), ("WB-NOTE-A5", "Dot Grid Notebook A5", "9.75", 0),
        ]
        var productIDs: [JSONValue] = []
        for item in catalogue {
            let product = try? save("products", body: ["sku": .string(item.0), "name": .string(item.1), "price": .string(item.2),
                                                       "regular_price": .string(item.2), "stock_quantity": .int(item.3),
                                                       "weight": "0.4"], existing: nil)
            productIDs.append(product?["id"] ?? nil)
        }
        let people = [("Ada", "Lovelace", "ada@example.com", "Portland", "OR"), ("Grace", "Hopper", "grace@example.com", "Arlington", "VA"),
                      ("Alan", "Turing", "alan@example.com", "Austin", "TX")]
        for (index, person) in people.enumerated() {
            let address: JSONValue = ["first_name": .string(person.0), "last_name": .string(person.1), "company": "",
                                      "address_1": "\(index + 1)0 Main St", "address_2": "", "city": .string(person.3),
                                      "state": .string(person.4), "postcode": "97205", "country": "US",
                                      "email": .string(person.2), "phone": "555-010\(index)"]
            let customer = try? save("customers", body: ["email": .string(person.2), "first_name": .string(person.0),
                                                         "last_name": .string(person.1), "username": .string(person.0.lowercased()),
                                                         "billing": address, "shipping": address], existing: nil)
            _ = try? save("orders", body: [
                "status": index == 2 ? "completed" : "processing", "customer_id": customer?["id"] ?? 0,
                "billing": address, "shipping": address, "payment_method": "bacs", "payment_method_title": "Direct Bank Transfer",
                "set_paid": true,
                "line_items": [["product_id": productIDs[index], "quantity": .int(index + 1)]],
                "shipping_lines": [["method_id": "flat_rate", "method_title": "Flat Rate", "total": "10.00"]],
            ], existing: nil)
        }
    }
}

import Foundation

extension ShopifySimulator {
    public func seedDemoData() {
        for (index, name) in ["Main Warehouse", "East Coast 3PL"].enumerated() {
            let id = 905_684_977 + index
            environment.records.put("locations", id: String(id), [
                "id": .int(id), "name": .string(name), "address1": "100 Harbor Way", "city": "Portland", "province": "Oregon",
                "province_code": "OR", "zip": "97209", "country": "US", "country_code": "US", "active": true, "legacy": false,
                "admin_graphql_api_id": Self.gid("Location", id),
            ])
        }
        let catalogue: [(String, String, Double, Int)] = [
            ("WB-MUG-001", "Waybill Enamel Mug", 14, 120), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 22, 80),
            ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 22, 64), ("WB-CAP-NVY", "Waybill Cap Navy", 18.5, 45),
            ("WB-BOTTLE-750", "Steel Bottle 750 ml", 27, 30), ("WB-NOTE-A5", "Dot Grid Notebook A5", 9.75, 200),
        ]
        var variantIDs: [JSONValue] = []
        for item in catalogue {
            let product = createProduct(title: item.1, variants: [["sku": .string(item.0), "price": .double(item.2), "grams": 400]],
                                        stock: item.3)
            variantIDs.append(product["variants"]?.arrayValue?.first?["id"] ?? nil)
        }
        let people = [("Ada", "Lovelace", "ada@example.com"), ("Grace", "Hopper", "grace@example.com"), ("Alan", "Turing", "alan@example.com")]
        for (index, person) in people.enumerated() {
            let address: JSONValue = ["first_name": .string(person.0), "last_name": .string(person.1), "address1": "\(index + 1)0 Main St",
                                      "city": "Portland", "province_code": "OR", "zip": "97205", "country_code": "US"]
            _ = try? createOrder([
                "email": .string(person.2), "shipping_address": address, "billing_address": address,
                "customer": ["first_name": .string(person.0), "last_name": .string(person.1), "email": .string(person.2)],
                "line_items": [["variant_id": variantIDs[index], "quantity": .int(index + 1)]],
                "shipping_lines": [["title": "Standard", "price": "10.00", "code": "STANDARD"]],
            ])
        }
    }
}

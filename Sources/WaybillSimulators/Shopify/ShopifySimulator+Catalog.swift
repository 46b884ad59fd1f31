import Foundation

extension ShopifySimulator {
    func registerCatalog(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/products.json") { [unowned self] request in
            try paged("products", request) { product, query in
                if let ids = query.query("ids"), !ids.split(separator: ",").map(String.init).contains(product["id"]?.stringValue ?? "") {
                    return false
                }
                if let title = query.query("title"), product["title"]?.stringValue != title { return false }
                return timeFilter(product, query, field: "updated_at")
            }
        }
        addAPI(&router, "GET", "/products/{id}.json") { [unowned self] request in
            guard let product = environment.records.get("products", id: request.parameter("id") ?? "") else { return notFound(request) }
            return .json(["product": product.publicView])
        }
        addAPI(&router, "POST", "/products.json") { [unowned self] request in
            guard let body = request.json?["product"], let title = body["title"]?.stringValue, !title.isEmpty else {
                throw unprocessable("title", "can't be blank")
            }
            let variants = body["variants"]?.arrayValue ?? [["price": "0.00"]]
            return .json(["product": createProduct(title: title, variants: variants).publicView], status: 201)
        }
        addAPI(&router, "PUT", "/products/{id}.json") { [unowned self] request in
            guard let body = request.json?["product"], case .object(let changes) = body else {
                throw unprocessable("product", "Required parameter missing or invalid")
            }
            guard let product = environment.records.update("products", id: request.parameter("id") ?? "", { product in
                for (key, value) in changes where ["title", "body_html", "vendor", "product_type", "tags", "status"].contains(key) {
                    product[key] = value
                }
                stamp(&product, "updated_at")
            }) else { return notFound(request) }
            return .json(["product": product.publicView])
        }
        addAPI(&router, "GET", "/variants/{id}.json") { [unowned self] request in
            guard let variant = environment.records.get("variants", id: request.parameter("id") ?? "") else { return notFound(request) }
            return .json(["variant": variant.publicView])
        }
        addAPI(&router, "GET", "/locations.json") { [unowned self] _ in
            .json(["locations": .array(environment.records.all("locations"))])
        }
        addAPI(&router, "GET", "/locations/{id}.json") { [unowned self] request in
            guard let location = environment.records.get("locations", id: request.parameter("id") ?? "") else { return notFound(request) }
            return .json(["location": location])
        }
    }

    /// Stores a product, its variants and their inventory items (stocked at the first location).
    @discardableResult
    func createProduct(title: String, variants: [JSONValue], stock: Int = 0) -> JSONValue {
        let productID = nextID("products")
        var stored: [JSONValue] = []
        for (index, input) in variants.enumerated() {
            let variantID = nextID("variants")
            let itemID = nextID("inventory_items")
            var item: JSONValue = [
                "id": .int(itemID), "sku": input["sku"] ?? nil, "tracked": true, "requires_shipping": true,
                "cost": input["cost"] ?? nil, "country_code_of_origin": nil, "admin_graphql_api_id": Self.gid("InventoryItem", itemID),
            ]
            stamp(&item, "created_at")
            stamp(&item, "updated_at")
            environment.records.put("inventory_items", id: String(itemID), item)
            var variant: JSONValue = [
                "id": .int(variantID), "product_id": .int(productID), "title": input["title"] ?? "Default Title",
                "price": Self.money(input["price"]?.doubleValue ?? 0), "sku": input["sku"] ?? nil, "position": .int(index + 1),
                "inventory_policy": "deny", "fulfillment_service": "manual", "inventory_management": "shopify",
                "barcode": input["barcode"] ?? nil, "grams": input["grams"] ?? 0, "weight": input["weight"] ?? 0.0,
                "weight_unit": input["weight_unit"] ?? "kg", "inventory_item_id": .int(itemID), "inventory_quantity": .int(stock),
                "requires_shipping": true, "admin_graphql_api_id": Self.gid("ProductVariant", variantID),
                "$product_title": .string(title),
            ]
            stamp(&variant, "created_at")
            stamp(&variant, "updated_at")
            environment.records.put("variants", id: String(variantID), variant)
            stored.append(variant.publicView)
            if let location = environment.records.all("locations").first?["id"]?.intValue {
                setLevel(itemID: itemID, locationID: location, available: stock)
            }
        }
        var product: JSONValue = [
            "id": .int(productID), "title": .string(title), "body_html": "", "vendor": "Waybill Demo", "product_type": "",
            "handle": .string(title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")),
            "status": "active", "tags": "", "variants": .array(stored), "options": [["name": "Title", "values": ["Default Title"]]],
            "admin_graphql_api_id": Self.gid("Product", productID),
        ]
        stamp(&product, "created_at")
        stamp(&product, "updated_at")
        environment.records.put("products", id: String(productID), product)
        return product
    }
}

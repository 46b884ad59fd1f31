import Foundation

extension ShopifySimulator {
    /// `PUT /variants/{id}.json` and `PUT /inventory_items/{id}.json`: the writable fields of a
    /// variant (mirrored into its product's `variants`) and of an inventory item.
    func registerVariantUpdates(_ router: inout SimRouter) {
        addAPI(&router, "PUT", "/variants/{id}.json") { [unowned self] request in
            guard let body = request.json?["variant"], case .object(let changes) = body else {
                throw unprocessable("variant", "Required parameter missing or invalid")
            }
            let writable: Set<String> = ["sku", "price", "compare_at_price", "weight", "weight_unit", "barcode", "grams",
                                         "inventory_policy", "taxable", "requires_shipping", "title", "option1"]
            guard let variant = environment.records.update("variants", id: request.parameter("id") ?? "", { variant in
                for (key, value) in changes where writable.contains(key) {
                    variant[key] = key == "price" || key == "compare_at_price" ? (value.doubleValue.map(Self.money) ?? value) : value
                }
                stamp(&variant, "updated_at")
            }) else { return notFound(request) }
            if let productID = variant["product_id"]?.stringValue {
                _ = environment.records.update("products", id: productID) { product in
                    let variants = (product["variants"]?.arrayValue ?? []).map { $0["id"] == variant["id"] ? variant.publicView : $0 }
                    product["variants"] = .array(variants)
                    stamp(&product, "updated_at")
                }
            }
            return .json(["variant": variant.publicView])
        }
        addAPI(&router, "PUT", "/inventory_items/{id}.json") { [unowned self] request in
            guard let body = request.json?["inventory_item"], case .object(let changes) = body else {
                throw unprocessable("inventory_item", "Required parameter missing or invalid")
            }
            let writable: Set<String> = ["cost", "sku", "tracked", "country_code_of_origin", "harmonized_system_code"]
            guard let item = environment.records.update("inventory_items", id: request.parameter("id") ?? "", { item in
                for (key, value) in changes where writable.contains(key) {
                    item[key] = key == "cost" ? (value.doubleValue.map(Self.money) ?? value) : value
                }
                stamp(&item, "updated_at")
            }) else { return notFound(request) }
            return .json(["inventory_item": item])
        }
    }
}

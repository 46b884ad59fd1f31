import Foundation

extension ShipStationSimulator {
    func registerCatalog(_ router: inout SimRouter) {
        addV1(&router, "GET", "/products") { [unowned self] request in
            var products = environment.records.all("products")
            if let sku = request.queryIgnoringCase("sku") { products = products.filter { $0["sku"]?.stringValue == sku } }
            if let name = request.queryIgnoringCase("name") {
                products = products.filter { ($0["name"]?.stringValue ?? "").localizedCaseInsensitiveContains(name) }
            }
            if request.queryIgnoringCase("showInactive")?.lowercased() != "true" {
                products = products.filter { $0["active"]?.boolValue ?? true }
            }
            return pagedV1("products", products, request)
        }
        addV1(&router, "GET", "/products/{productId}") { [unowned self] request in
            guard let product = environment.records.get("products", id: request.parameter("productId") ?? "") else {
                return .json(["Message": "Product not found"], status: 404)
            }
            return .json(product.publicView)
        }
        addV1(&router, "PUT", "/products/{productId}") { [unowned self] request in
            let id = request.parameter("productId") ?? ""
            guard let existing = environment.records.get("products", id: id) else {
                return .json(["Message": "Product not found"], status: 404)
            }
            guard let body = request.json, case .object = body else { throw invalid("product", "The product field is required.") }
            guard body["productId"]?.stringValue.map({ $0 == id }) ?? false else {
                throw invalid("product.productId", "The productId in the body must match the URL.")
            }
            var product = body
            product["createDate"] = existing["createDate"] ?? nil
            product["modifyDate"] = .string(ShipStationTime.format(environment.clock.now()))
            environment.records.put("products", id: id, product)
            return .json(["success": true, "message": "The requested product has been updated"])
        }
        addV1(&router, "GET", "/warehouses") { [unowned self] _ in
            .json(.array(environment.records.all("warehouses").map(\.publicView)))
        }
    }
}

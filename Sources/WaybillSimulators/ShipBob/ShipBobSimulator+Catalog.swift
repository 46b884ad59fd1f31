import Foundation

extension ShipBobSimulator {
    func registerCatalog(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/product") { [unowned self] request in
            var products = environment.records.all("products")
            if let sku = request.queryIgnoringCase("SKU") { products = products.filter { $0["sku"]?.stringValue == sku } }
            if let barcode = request.queryIgnoringCase("Barcode") {
                products = products.filter { $0["barcode"]?.stringValue == barcode }
            }
            if let search = request.queryIgnoringCase("Search") {
                products = products.filter { ($0["name"]?.stringValue ?? "").localizedCaseInsensitiveContains(search) }
            }
            return list(products, request)
        }
        addAPI(&router, "GET", "/product/{id}") { [unowned self] request in
            guard let product = environment.records.get("products", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(product)
        }
        addAPI(&router, "POST", "/product") { [unowned self] request in
            guard let body = request.json, let name = body["name"]?.stringValue else {
                throw validation(["name": ["The Name field is required."]], status: 400)
            }
            let sku = body["sku"]?.stringValue ?? body["variants"]?.arrayValue?.first?["sku"]?.stringValue ?? ""
            if !sku.isEmpty, environment.records.first("products", where: { $0["sku"]?.stringValue == sku }) != nil {
                throw validation(["sku": ["A product with SKU \(sku) already exists."]])
            }
            let product = makeProduct(name: name, sku: sku, barcode: body["barcode"]?.stringValue, onHand: 0)
            return .json(product, status: 201)
        }
        addAPI(&router, "PATCH", "/product/{id}") { [unowned self] request in
            guard let body = request.json else { throw validation(["": ["A request body is required."]], status: 400) }
            let id = request.parameter("id") ?? ""
            if let sku = body["sku"]?.stringValue, environment.records.first("products", where: {
                $0["sku"]?.stringValue == sku && $0["id"]?.stringValue != id
            }) != nil {
                throw validation(["sku": ["A product with SKU \(sku) already exists."]])
            }
            guard let product = updateProduct(id: id, body) else { return .empty(404) }
            return .json(product)
        }
        addAPI(&router, "GET", "/inventory-level") { [unowned self] request in
            var levels = environment.records.all("inventory")
            if let sku = request.queryIgnoringCase("SKU") { levels = levels.filter { $0["sku"]?.stringValue == sku } }
            let response = list(levels, request)
            guard var body = response.json, !isLegacy(request) else { return response }
            body["first"] = .string(request.path)
            body["last"] = .string(request.path)
            return .json(body)
        }
        addAPI(&router, "GET", "/inventory") { [unowned self] request in list(environment.records.all("inventory"), request) }
        addAPI(&router, "GET", "/inventory-level/{id}") { [unowned self] request in
            guard let level = environment.records.get("inventory", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(level)
        }
    }

    /// Applies a PATCH body (name, sku, barcode) to a product and its single variant.
    private func updateProduct(id: String, _ body: JSONValue) -> JSONValue? {
        environment.records.update("products", id: id) { product in
            for field in ["name", "sku", "barcode"] {
                guard let value = body[field], value != .null else { continue }
                product[field] = value
                if var variants = product["variants"]?.arrayValue, !variants.isEmpty {
                    variants[0][field] = value
                    product["variants"] = .array(variants)
                }
            }
        }
    }

    /// Adds a product (one variant, one inventory item with `onHand` units); returns it.
    @discardableResult
    public func addProduct(name: String, sku: String, barcode: String? = nil, onHand: Int = 0) -> JSONValue {
        makeProduct(name: name, sku: sku, barcode: barcode, onHand: onHand)
    }

    /// Stores a product with one inventory item and its inventory level; returns the product.
    @discardableResult
    func makeProduct(name: String, sku: String, barcode: String?, onHand: Int) -> JSONValue {
        let records = environment.records
        let id = records.nextID("products", firstID: 4_000_001)
        let inventoryID = records.nextID("inventory", firstID: 7_000_001)
        let product: JSONValue = [
            "id": .int(id), "name": .string(name), "sku": .string(sku), "barcode": barcode.map { .string($0) } ?? nil,
            "type": "Regular", "category": nil, "created_on": .string(timestamp()),
            "variants": [["id": .int(id * 10), "sku": .string(sku), "name": .string(name), "status": "Active",
                          "inventory": ["inventory_id": .int(inventoryID), "on_hand_qty": .int(onHand)]]],
        ]
        records.put("products", id: String(id), product)
        records.put("inventory", id: String(inventoryID), [
            "inventory_id": .int(inventoryID), "id": .int(inventoryID), "name": .string(name), "sku": .string(sku),
            "is_digital": false, "is_active": true, "total_fulfillable_quantity": .int(onHand),
            "total_on_hand_quantity": .int(onHand), "total_committed_quantity": 0, "total_sellable_quantity": .int(onHand),
            "total_awaiting_quantity": 0, "total_exception_quantity": 0, "total_internal_transfer_quantity": 0,
            "total_backordered_quantity": 0,
        ])
        return product
    }
}

import Foundation

extension WooCommerceSimulator {
    /// A collection under `/wp-json/wc/v3/<path>`, stored as records of `resource`.
    struct Collection {
        let path: String
        let invalidIDCode: String
    }

    static let collections = [
        Collection(path: "orders", invalidIDCode: "woocommerce_rest_shop_order_invalid_id"),
        Collection(path: "customers", invalidIDCode: "woocommerce_rest_invalid_id"),
        Collection(path: "products", invalidIDCode: "woocommerce_rest_product_invalid_id"),
    ]

    func registerResources(_ router: inout SimRouter) {
        for collection in Self.collections {
            let path = collection.path
            addAPI(&router, "GET", "/\(path)") { [unowned self] request in try list(path, request) }
            addAPI(&router, "GET", "/\(path)/{id}") { [unowned self] request in
                guard let record = environment.records.get(path, id: request.parameter("id") ?? "") else {
                    return error(404, collection.invalidIDCode, "Invalid ID.")
                }
                return .json(record.publicView)
            }
            addAPI(&router, "POST", "/\(path)") { [unowned self] request in
                guard let body = request.json, case .object = body else {
                    return error(400, "rest_invalid_json", "Invalid JSON body passed.")
                }
                let record = try save(path, body: body, existing: nil)
                return .json(record.publicView, status: 201,
                             headers: [("Location", "\(environment.baseURL)\(Self.prefix)/\(path)/\(record["id"]?.stringValue ?? "")")])
            }
            for method in ["PUT", "POST", "PATCH"] {
                addAPI(&router, method, "/\(path)/{id}") { [unowned self] request in
                    let id = request.parameter("id") ?? ""
                    guard let existing = environment.records.get(path, id: id) else {
                        return error(404, collection.invalidIDCode, "Invalid ID.")
                    }
                    guard let body = request.json, case .object = body else {
                        return error(400, "rest_invalid_json", "Invalid JSON body passed.")
                    }
                    return .json(try save(path, body: body, existing: existing).publicView)
                }
            }
            addAPI(&router, "DELETE", "/\(path)/{id}") { [unowned self] request in
                guard let removed = environment.records.delete(path, id: request.parameter("id") ?? "") else {
                    return error(404, collection.invalidIDCode, "Invalid ID.")
                }
                return .json(removed.publicView)
            }
            addAPI(&router, "POST", "/\(path)/batch") { [unowned self] request in try batch(path, request) }
        }
    }

    private func batch(_ path: String, _ request: SimRequest) throws -> SimResponse {
        guard let body = request.json else { return error(400, "rest_invalid_json", "Invalid JSON body passed.") }
        var result: [String: JSONValue] = [:]
        result["create"] = .array(try (body["create"]?.arrayValue ?? []).map { try save(path, body: $0, existing: nil).publicView })
        result["update"] = .array(try (body["update"]?.arrayValue ?? []).map { item in
            let id = item["id"]?.stringValue ?? ""
            guard let existing = environment.records.get(path, id: id) else {
                return ["id": item["id"] ?? nil, "error": ["code": "woocommerce_rest_invalid_id", "message": "Invalid ID.",
                                                          "data": ["status": 400]]]
            }
            return try save(path, body: item, existing: existing).publicView
        })
        result["delete"] = .array((body["delete"]?.arrayValue ?? []).compactMap { id in
            environment.records.delete(path, id: id.stringValue ?? "")?.publicView
        })
        return .json(.object(result))
    }

    /// Creates or updates a record: merges `body` over the existing record or the template, stamps
    /// the dates and recomputes derived fields.
    func save(_ path: String, body: JSONValue, existing: JSONValue?) throws -> JSONValue {
        let now = environment.clock.now()
        var record = (existing ?? template(path)).merging(body)
        let id = existing?["id"]?.intValue ?? environment.records.nextID(path, firstID: path == "orders" ? 727 : 10)
        record["id"] = .int(id)
        let stamp = dates(now)
        if existing == nil {
            record["date_created"] = stamp.local
            record["date_created_gmt"] = stamp.gmt
            record["$created"] = .double(now.timeIntervalSince1970)
        }
        record["date_modified"] = stamp.local
        record["date_modified_gmt"] = stamp.gmt
        record["$modified"] = .double(now.timeIntervalSince1970)
        record["_links"] = ["self": [["href": .string("\(environment.baseURL)\(Self.prefix)/\(path)/\(id)")]],
                            "collection": [["href": .string("\(environment.baseURL)\(Self.prefix)/\(path)")]]]
        if path == "orders" { record = try finishOrder(record, body: body, now: now, isNew: existing == nil) }
        if path == "products" {
            let quantity = record["stock_quantity"]?.intValue
            record["stock_status"] = quantity.map { $0 > 0 ? "instock" : "outofstock" } ?? record["stock_status"] ?? "instock"
        }
        environment.records.put(path, id: String(id), record)
        return record
    }

    private func finishOrder(_ order: JSONValue, body: JSONValue, now: Date, isNew: Bool) throws -> JSONValue {
        var order = order
        let id = order["id"]?.intValue ?? 0
        order["number"] = .string(String(id))
        if isNew { order["order_key"] = .string("wc_order_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(13).lowercased()) }
        guard let status = order["status"]?.stringValue, Self.orderStatuses.contains(status) else {
            throw SimResponseError(.json(["code": "rest_invalid_param", "message": "Invalid parameter(s): status",
                                          "data": ["status": 400, "params": ["status": "status is not one of pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft."]]],
                                         status: 400))
        }
        var lines: [JSONValue] = []
        var subtotal = 0.0
        for (index, line) in (order["line_items"]?.arrayValue ?? []).enumerated() {
            var item = line
            let product = line["product_id"]?.stringValue.flatMap { environment.records.get("products", id: $0) }
            let quantity = line["quantity"]?.intValue ?? 1
            let price = line["price"]?.doubleValue ?? product?["price"]?.doubleValue ?? 0
            item["id"] = line["id"] ?? .int(id * 100 + index)
            item["name"] = line["name"] ?? product?["name"] ?? ""
            item["sku"] = line["sku"] ?? product?["sku"] ?? ""
            item["variation_id"] = line["variation_id"] ?? 0
            item["quantity"] = .int(quantity)
            item["price"] = .double(price)
            item["subtotal"] = Self.money(price * Double(quantity))
            item["total"] = Self.money(price * Double(quantity))
            item["subtotal_tax"] = "0.00"
            item["total_tax"] = "0.00"
            item["taxes"] = []
            item["meta_data"] = line["meta_data"] ?? []
            subtotal += price * Double(quantity)
            lines.append(item)
        }
        order["line_items"] = .array(lines)
        let shipping = (order["shipping_lines"]?.arrayValue ?? []).reduce(0.0) { $0 + ($1["total"]?.doubleValue ?? 0) }
        order["shipping_total"] = Self.money(shipping)
        order["total"] = Self.money(subtotal + shipping)
        if body["set_paid"]?.boolValue == true {
            let stamp = dates(now)
            order["date_paid"] = stamp.local
            order["date_paid_gmt"] = stamp.gmt
            if body["status"] == nil { order["status"] = "processing" }
        }
        if order["status"]?.stringValue == "completed", order["date_completed"] == .null {
            let stamp = dates(now)
            order["date_completed"] = stamp.local
            order["date_completed_gmt"] = stamp.gmt
        }
        order["set_paid"] = nil
        return order
    }

    static let orderStatuses: Set<String> = [
        "pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed", "trash", "checkout-draft",
    ]
}

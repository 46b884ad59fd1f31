import Foundation

extension ShipBobSimulator {
    func registerOrders(_ router: inout SimRouter) {
        addAPI(&router, "POST", "/order") { [unowned self] request in try createOrder(request) }
        addAPI(&router, "GET", "/order") { [unowned self] request in
            var orders = environment.records.all("orders")
            if let refs = request.queryIgnoringCase("ReferenceIds") {
                let wanted = Set(refs.split(separator: ",").map { String($0) })
                orders = orders.filter { wanted.contains($0["reference_id"]?.stringValue ?? "") }
            }
            if let ids = request.queryIgnoringCase("IDs") {
                let wanted = Set(ids.split(separator: ",").map { String($0) })
                orders = orders.filter { wanted.contains($0["id"]?.stringValue ?? "") }
            }
            if let start = request.queryIgnoringCase("LastUpdateStartDate").flatMap(SimTime.parseISO8601) {
                orders = orders.filter { ($0["$updated"]?.doubleValue ?? 0) >= start.timeIntervalSince1970 }
            }
            if request.queryIgnoringCase("SortOrder")?.lowercased() == "newest" { orders.reverse() }
            let response = list(orders.map(\.publicView), request)
            if !isLegacy(request), let items = response.json?["items"] { return .json(items) }
            return response
        }
        addAPI(&router, "GET", "/order/{id}") { [unowned self] request in
            guard let order = environment.records.get("orders", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(order.publicView)
        }
        addAPI(&router, "POST", "/order/{id}:cancel") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            guard let order = environment.records.update("orders", id: id, { order in
                order["status"] = "Cancelled"
                order["$updated"] = .double(environment.clock.now().timeIntervalSince1970)
            }) else { return .empty(404) }
            return .json(order.publicView)
        }
        addAPI(&router, "GET", "/order/{id}/shipment") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            return .json(.array(environment.records.filter("shipments") { $0["order_id"]?.stringValue == id }))
        }
        addAPI(&router, "GET", "/shipment/{id}") { [unowned self] request in
            guard let shipment = environment.records.get("shipments", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(shipment)
        }
    }

    private func createOrder(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json, case .object = body else { throw validation(["": ["A non-empty request body is required."]], status: 400) }
        var errors: [String: [String]] = [:]
        for field in ["reference_id", "shipping_method", "recipient", "products"] where body[field] == nil || body[field] == .null {
            errors[field] = ["The \(field) field is required."]
        }
        if !errors.isEmpty { throw validation(errors, status: 400) }
        let reference = body["reference_id"]?.stringValue ?? ""
        if environment.records.first("orders", where: { $0["reference_id"]?.stringValue == reference }) != nil {
            throw validation(["": ["Cannot insert order with existing ReferenceId"]])
        }
        let order = storeOrder(body)
        return .json(order.publicView, status: 201)
    }

    /// Adds an order as `POST /order` would (body: reference_id, products [{sku, quantity}], …); returns it.
    @discardableResult
    public func addOrder(_ body: JSONValue) -> JSONValue { storeOrder(body).publicView }

    /// Stores an OrderViewModel built from a create body; returns it.
    @discardableResult
    func storeOrder(_ body: JSONValue) -> JSONValue {
        let id = environment.records.nextID("orders", firstID: 300_000_001)
        let products: [JSONValue] = (body["products"]?.arrayValue ?? []).enumerated().map { index, line in
            let match = line["sku"]?.stringValue.flatMap { sku in
                environment.records.first("products") { $0["sku"]?.stringValue == sku }
            }
            return ["id": match?["id"] ?? .int(index + 1), "reference_id": line["reference_id"] ?? line["sku"] ?? nil,
                    "quantity": line["quantity"] ?? 1, "quantity_unit_of_measure_code": nil, "sku": line["sku"] ?? nil,
                    "gtin": line["gtin"] ?? nil, "upc": line["upc"] ?? nil, "unit_price": line["unit_price"] ?? nil,
                    "external_line_id": line["external_line_id"] ?? nil]
        }
        let order: JSONValue = [
            "id": .int(id), "created_date": .string(timestamp()), "purchase_date": body["purchase_date"] ?? nil,
            "reference_id": body["reference_id"] ?? nil, "order_number": body["order_number"] ?? body["reference_id"] ?? nil,
            "status": "Processing", "type": body["type"] ?? "DTC",
            "channel": ["id": .int(channelID), "name": "Waybill Demo Store"],
            "shipping_method": body["shipping_method"] ?? nil, "recipient": body["recipient"] ?? nil,
            "products": .array(products), "tags": body["tags"] ?? [], "shipments": [],
            "gift_message": body["gift_message"] ?? nil, "shipping_terms": body["shipping_terms"] ?? nil,
            "retailer_program_data": body["retailer_program_data"] ?? nil, "financials": body["financials"] ?? nil,
            "$updated": .double(environment.clock.now().timeIntervalSince1970),
        ]
        environment.records.put("orders", id: String(id), order)
        return order
    }

    /// Ships an order: adds a Completed shipment with tracking and marks the order Fulfilled.
    @discardableResult
    public func shipOrder(id: String) -> JSONValue? {
        guard var order = environment.records.get("orders", id: id) else { return nil }
        let shipmentID = environment.records.nextID("shipments", firstID: 500_000_001)
        let shipment: JSONValue = [
            "id": .int(shipmentID), "order_id": order["id"] ?? nil, "reference_id": order["reference_id"] ?? nil,
            "recipient": order["recipient"] ?? nil, "created_date": .string(timestamp()), "last_update_at": .string(timestamp()),
            "last_tracking_update_at": .string(timestamp()), "status": "Completed", "status_details": [],
            "location": ["id": 10, "name": "Cicero (IL)"], "invoice_amount": 6.42, "invoice_currency_code": "USD",
            "insurance_value": nil, "ship_option": order["shipping_method"] ?? nil, "is_tracking_uploaded": false,
            "actual_fulfillment_date": .string(timestamp()), "estimated_fulfillment_date": .string(timestamp()),
            "delivery_date": nil, "require_signature": false, "package_material_type": "Box",
            "measurements": ["depth_in": 4, "length_in": 10, "width_in": 8, "total_weight_oz": 14],
            "products": order["products"] ?? [],
            "tracking": ["carrier": "USPS", "carrier_service": "Priority", "tracking_number": .string("9400\(shipmentID)"),
                         "tracking_url": .string("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400\(shipmentID)"),
                         "shipping_date": .string(timestamp()), "bol": nil, "pro_number": nil, "scac": nil],
        ]
        environment.records.put("shipments", id: String(shipmentID), shipment)
        order["status"] = "Fulfilled"
        order["shipments"] = .array((order["shipments"]?.arrayValue ?? []) + [shipment])
        order["$updated"] = .double(environment.clock.now().timeIntervalSince1970)
        environment.records.put("orders", id: id, order)
        return order
    }
}

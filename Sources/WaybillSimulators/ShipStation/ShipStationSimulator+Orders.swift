import Foundation

extension ShipStationSimulator {
    static let openStatuses: Set<String> = ["awaiting_payment", "awaiting_shipment", "pending_fulfillment", "on_hold"]
    static let allStatuses: Set<String> = openStatuses.union(["shipped", "cancelled", "rejected_fulfillment"])

    func registerOrders(_ router: inout SimRouter) {
        addV1(&router, "GET", "/orders") { [unowned self] request in try self.listOrders(request) }
        addV1(&router, "GET", "/orders/{orderId}") { [unowned self] request in
            guard let order = environment.records.get("orders", id: request.parameter("orderId") ?? "") else {
                return .json(["Message": "Order not found"], status: 404)
            }
            return .json(order.publicView)
        }
        addV1(&router, "DELETE", "/orders/{orderId}") { [unowned self] request in
            let id = request.parameter("orderId") ?? ""
            guard environment.records.delete("orders", id: id) != nil else {
                return .json(["Message": "Order not found"], status: 404)
            }
            return .json(["success": true, "message": "The requested order has been deleted."])
        }
        addV1(&router, "POST", "/orders/createorder") { [unowned self] request in
            guard let body = request.json, case .object = body else { throw invalid("apiOrder", "The apiOrder field is required.") }
            return .json(try upsertOrder(body).publicView)
        }
        addV1(&router, "POST", "/orders/createorders") { [unowned self] request in try createOrders(request) }
        addV1(&router, "POST", "/orders/markasshipped") { [unowned self] request in try markAsShipped(request) }
    }

    private func listOrders(_ request: SimRequest) throws -> SimResponse {
        var filters: [(JSONValue) -> Bool] = []
        for (param, field) in [("orderNumber", "orderNumber"), ("orderStatus", "orderStatus"), ("customerName", "$customerName")] {
            if let value = request.queryIgnoringCase(param) { filters.append { $0[field]?.stringValue == value } }
        }
        if let store = request.queryIgnoringCase("storeId"), !store.isEmpty {
            filters.append { $0["advancedOptions"]?["storeId"]?.stringValue == store }
        }
        if let batch = request.queryIgnoringCase("importBatch"), !batch.isEmpty { filters.append { $0["$importBatch"]?.stringValue == batch } }
        for (prefix, field) in [("createDate", "createDate"), ("modifyDate", "modifyDate"), ("orderDate", "orderDate"),
                                ("paymentDate", "paymentDate")] {
            try addDateFilters(&filters, request, prefix: prefix, field: field)
        }
        var orders = environment.records.filter("orders") { record in filters.allSatisfy { $0(record) } }
        if let sortBy = request.queryIgnoringCase("sortBy") {
            let field = ["OrderDate": "orderDate", "ModifyDate": "modifyDate", "CreateDate": "createDate"][sortBy] ?? "orderDate"
            let descending = request.queryIgnoringCase("sortDir")?.uppercased() == "DESC"
            orders.sort { left, right in
                let (a, b) = (left[field]?.stringValue ?? "", right[field]?.stringValue ?? "")
                return descending ? a > b : a < b
            }
        }
        return pagedV1("orders", orders, request)
    }

    /// Adds `<prefix>Start` / `<prefix>End` filters comparing normalised Pacific timestamps as text.
    func addDateFilters(_ filters: inout [(JSONValue) -> Bool], _ request: SimRequest, prefix: String, field: String) throws {
        for (suffix, isStart) in [("Start", true), ("End", false)] {
            guard let raw = request.queryIgnoringCase(prefix + suffix) else { continue }
            guard let bound = ShipStationTime.normalizedFilter(raw) else {
                throw invalid(prefix + suffix, "The value '\(raw)' is not valid for \(prefix + suffix).")
            }
            filters.append { record in
                guard let value = record[field]?.stringValue else { return false }
                return isStart ? value >= bound : value <= bound
            }
        }
    }

    /// `createorder`: upsert by `orderKey`; only open orders can be updated; full replacement.
    func upsertOrder(_ body: JSONValue) throws -> JSONValue {
        for field in ["orderNumber", "orderDate", "orderStatus", "billTo", "shipTo"] where body[field] == nil || body[field] == .null {
            throw invalid("apiOrder.\(field)", "The \(field) field is required.")
        }
        guard let number = body["orderNumber"]?.stringValue, number.count <= 50 else {
            throw invalid("apiOrder.orderNumber", "The field orderNumber must be a string with a maximum length of 50.")
        }
        guard let status = body["orderStatus"]?.stringValue, Self.allStatuses.contains(status) else {
            throw invalid("apiOrder.orderStatus", "The orderStatus is not valid.")
        }
        let now = ShipStationTime.format(environment.clock.now())
        let key = body["orderKey"]?.stringValue
        let existing = key.flatMap { key in environment.records.first("orders") { $0["orderKey"]?.stringValue == key } }
        if let existing, let current = existing["orderStatus"]?.stringValue, !Self.openStatuses.contains(current) {
            throw invalid("apiOrder", "The order with orderKey \(key ?? "") is \(current) and cannot be updated.")
        }
        var order = Self.orderTemplate.merging(body)
        let orderID = existing?["orderId"]?.intValue ?? environment.records.nextID("orders", firstID: 100_000_001)
        order["orderId"] = .int(orderID)
        order["orderKey"] = .string(key ?? UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))
        order["createDate"] = existing?["createDate"] ?? .string(now)
        order["modifyDate"] = .string(now)
        order["$importBatch"] = .string(String(orderID))
        let billName = body["billTo"]?["name"]?.stringValue ?? ""
        order["$customerName"] = .string(billName)
        var items: [JSONValue] = []
        for (index, item) in (body["items"]?.arrayValue ?? []).enumerated() {
            var line = Self.itemTemplate.merging(item)
            line["orderItemId"] = .int(orderID * 10 + index)
            line["createDate"] = .string(now)
            line["modifyDate"] = .string(now)
            items.append(line)
        }
        order["items"] = .array(items)
        environment.records.put("orders", id: String(orderID), order)
        return order
    }

    private func createOrders(_ request: SimRequest) throws -> SimResponse {
        guard let list = request.json?.arrayValue else { throw invalid("apiOrders", "The request must be an array of orders.") }
        guard list.count <= 100 else { throw invalid("apiOrders", "A maximum of 100 orders can be created at once.") }
        var hasErrors = false
        let results: [JSONValue] = list.map { body in
            do {
                let order = try upsertOrder(body)
                return ["orderId": order["orderId"] ?? nil, "orderNumber": order["orderNumber"] ?? nil,
                        "orderKey": order["orderKey"] ?? nil, "success": true, "errorMessage": nil]
            } catch let error as SimResponseError {
                hasErrors = true
                let message = error.response.json?["ModelState"]?.objectValue?.values.first?.arrayValue?.first
                return ["orderId": 0, "orderNumber": body["orderNumber"] ?? nil, "orderKey": body["orderKey"] ?? nil,
                        "success": false, "errorMessage": message ?? "The request is invalid."]
            } catch {
                hasErrors = true
                return ["success": false, "errorMessage": .string(String(describing: error))]
            }
        }
        return .json(["hasErrors": .bool(hasErrors), "results": .array(results)])
    }

    private func markAsShipped(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json, let orderID = body["orderId"]?.intValue else {
            throw invalid("request.orderId", "The orderId field is required.")
        }
        guard body["carrierCode"]?.stringValue != nil else { throw invalid("request.carrierCode", "The carrierCode field is required.") }
        guard var order = environment.records.get("orders", id: String(orderID)) else {
            throw invalid("request.orderId", "Order \(orderID) was not found.")
        }
        let now = environment.clock.now()
        order["orderStatus"] = "shipped"
        order["modifyDate"] = .string(ShipStationTime.format(now))
        order["shipDate"] = body["shipDate"] ?? .string(SimTime.format(now, zone: ShipStationTime.pacific, pattern: "yyyy-MM-dd"))
        environment.records.put("orders", id: String(orderID), order)
        _ = recordShipment(for: order, carrierCode: body["carrierCode"]?.stringValue ?? "",
                           trackingNumber: body["trackingNumber"]?.stringValue ?? "", cost: 0)
        return .json(["orderId": .int(orderID), "orderNumber": order["orderNumber"] ?? nil])
    }
}

extension JSONValue {
    /// This object with `other`'s members laid over it (non-objects: `other` wins).
    func merging(_ other: JSONValue) -> JSONValue {
        guard case .object(var base) = self, case .object(let top) = other else { return other }
        for (key, value) in top { base[key] = value }
        return .object(base)
    }
}

import Foundation

extension ShopifySimulator {
    func registerFulfillments(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/orders/{id}/fulfillment_orders.json") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            guard environment.records.get("orders", id: id) != nil else { return notFound(request) }
            let orders = environment.records.filter("fulfillment_orders") { $0["order_id"]?.stringValue == id }
            return .json(["fulfillment_orders": .array(orders.map(\.publicView))])
        }
        addAPI(&router, "GET", "/orders/{id}/fulfillments.json") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            guard environment.records.get("orders", id: id) != nil else { return notFound(request) }
            return .json(["fulfillments": .array(environment.records.filter("fulfillments") { $0["order_id"]?.stringValue == id })])
        }
        addAPI(&router, "POST", "/fulfillments.json") { [unowned self] request in
            guard let body = request.json?["fulfillment"] else { throw unprocessable("fulfillment", "Required parameter missing or invalid") }
            return .json(["fulfillment": try createFulfillment(body)], status: 201)
        }
        addAPI(&router, "POST", "/fulfillments/{id}/update_tracking.json") { [unowned self] request in
            guard let info = request.json?["fulfillment"]?["tracking_info"] else {
                throw unprocessable("tracking_info", "Required parameter missing or invalid")
            }
            guard let fulfillment = environment.records.update("fulfillments", id: request.parameter("id") ?? "", { record in
                record["tracking_company"] = info["company"] ?? nil
                record["tracking_number"] = info["number"] ?? nil
                record["tracking_numbers"] = info["number"].map { [$0] } ?? []
                record["tracking_url"] = info["url"] ?? nil
                record["tracking_urls"] = info["url"].map { [$0] } ?? []
                stamp(&record, "updated_at")
            }) else { return notFound(request) }
            return .json(["fulfillment": fulfillment])
        }
        addAPI(&router, "GET", "/orders/{id}/refunds.json") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            return .json(["refunds": .array(environment.records.filter("refunds") { $0["order_id"]?.stringValue == id })])
        }
        addAPI(&router, "POST", "/orders/{id}/refunds.json") { [unowned self] request in
            try createRefund(orderID: request.parameter("id") ?? "", request.json?["refund"] ?? [:])
        }
    }

    func createFulfillmentOrder(for order: JSONValue) {
        let id = nextID("fulfillment_orders")
        let location = environment.records.all("locations").first?["id"] ?? nil
        let lines: [JSONValue] = (order["line_items"]?.arrayValue ?? []).map { line in
            let variant = line["variant_id"]?.stringValue.flatMap { environment.records.get("variants", id: $0) }
            return ["id": .int(nextID("fulfillment_order_line_items")), "fulfillment_order_id": .int(id),
                    "order_id": order["id"] ?? nil, "line_item_id": line["id"] ?? nil, "variant_id": line["variant_id"] ?? nil,
                    "inventory_item_id": variant?["inventory_item_id"] ?? nil, "quantity": line["quantity"] ?? 0,
                    "fulfillable_quantity": line["quantity"] ?? 0]
        }
        var record: JSONValue = [
            "id": .int(id), "order_id": order["id"] ?? nil, "assigned_location_id": location, "request_status": "unsubmitted",
            "status": "open", "supported_actions": ["create_fulfillment", "hold", "move"],
            "destination": order["shipping_address"] ?? nil, "line_items": .array(lines), "fulfill_at": nil,
        ]
        stamp(&record, "created_at")
        stamp(&record, "updated_at")
        environment.records.put("fulfillment_orders", id: String(id), record)
    }

    private func createFulfillment(_ body: JSONValue) throws -> JSONValue {
        guard let groups = body["line_items_by_fulfillment_order"]?.arrayValue, !groups.isEmpty else {
            throw unprocessable("line_items_by_fulfillment_order", "must be present")
        }
        var orderID: String?
        var fulfilledLines: [JSONValue] = []
        for group in groups {
            let foID = group["fulfillment_order_id"]?.stringValue ?? ""
            guard var fo = environment.records.get("fulfillment_orders", id: foID), fo["status"]?.stringValue != "closed" else {
                throw unprocessable("fulfillment_order_id", "Fulfillment order \(foID) does not exist or is closed.")
            }
            let wanted = group["fulfillment_order_line_items"]?.arrayValue
            var lines = fo["line_items"]?.arrayValue ?? []
            for index in lines.indices {
                let lineID = lines[index]["id"]?.stringValue
                let available = lines[index]["fulfillable_quantity"]?.intValue ?? 0
                let take = wanted.map { list in list.first { $0["id"]?.stringValue == lineID }?["quantity"]?.intValue ?? 0 } ?? available
                guard take <= available else { throw unprocessable("quantity", "Invalid fulfillment order line item quantity requested.") }
                guard take > 0 else { continue }
                lines[index]["fulfillable_quantity"] = .int(available - take)
                fulfilledLines.append(["id": lines[index]["line_item_id"] ?? nil, "quantity": .int(take)])
            }
            fo["line_items"] = .array(lines)
            fo["status"] = lines.allSatisfy({ ($0["fulfillable_quantity"]?.intValue ?? 0) == 0 }) ? "closed" : "in_progress"
            stamp(&fo, "updated_at")
            environment.records.put("fulfillment_orders", id: foID, fo)
            orderID = fo["order_id"]?.stringValue
        }
        guard let orderID, var order = environment.records.get("orders", id: orderID) else { throw unprocessable("order", "not found") }
        let id = nextID("fulfillments")
        let tracking = body["tracking_info"] ?? [:]
        var fulfillment: JSONValue = [
            "id": .int(id), "order_id": order["id"] ?? nil, "status": "success", "service": "manual",
            "name": .string("\(order["name"]?.stringValue ?? "")." + String((order["fulfillments"]?.arrayValue?.count ?? 0) + 1)),
            "location_id": environment.records.all("locations").first?["id"] ?? nil, "shipment_status": nil,
            "tracking_company": tracking["company"] ?? nil, "tracking_number": tracking["number"] ?? nil,
            "tracking_numbers": tracking["number"].map { [$0] } ?? [], "tracking_url": tracking["url"] ?? nil,
            "tracking_urls": tracking["url"].map { [$0] } ?? [], "notify_customer": body["notify_customer"] ?? false,
        ]
        var orderLines = order["line_items"]?.arrayValue ?? []
        for index in orderLines.indices {
            let taken = fulfilledLines.filter { $0["id"] == orderLines[index]["id"] }.reduce(0) { $0 + ($1["quantity"]?.intValue ?? 0) }
            let remaining = (orderLines[index]["fulfillable_quantity"]?.intValue ?? 0) - taken
            orderLines[index]["fulfillable_quantity"] = .int(remaining)
            if taken > 0 { orderLines[index]["fulfillment_status"] = remaining == 0 ? "fulfilled" : "partial" }
        }
        fulfillment["line_items"] = .array(orderLines.filter { line in fulfilledLines.contains { $0["id"] == line["id"] } })
        stamp(&fulfillment, "created_at")
        stamp(&fulfillment, "updated_at")
        environment.records.put("fulfillments", id: String(id), fulfillment)
        order["line_items"] = .array(orderLines)
        order["fulfillments"] = .array((order["fulfillments"]?.arrayValue ?? []) + [fulfillment])
        let done = orderLines.allSatisfy { ($0["fulfillable_quantity"]?.intValue ?? 0) == 0 }
        order["fulfillment_status"] = done ? "fulfilled" : "partial"
        stamp(&order, "updated_at")
        environment.records.put("orders", id: orderID, order)
        return fulfillment
    }

    private func createRefund(orderID: String, _ body: JSONValue) throws -> SimResponse {
        guard var order = environment.records.get("orders", id: orderID) else { return .json(["errors": "Not Found"], status: 404) }
        let id = nextID("refunds")
        let transactions: [JSONValue] = (body["transactions"]?.arrayValue ?? []).map { transaction in
            ["id": .int(nextID("transactions")), "order_id": order["id"] ?? nil, "kind": "refund", "status": "success",
             "amount": Self.money(transaction["amount"]?.doubleValue ?? 0), "gateway": transaction["gateway"] ?? "manual",
             "parent_id": transaction["parent_id"] ?? nil]
        }
        let refunded = transactions.reduce(0.0) { $0 + ($1["amount"]?.doubleValue ?? 0) }
        let total = order["total_price"]?.doubleValue ?? 0
        let already = (order["refunds"]?.arrayValue ?? []).reduce(0.0) { sum, refund in
            sum + (refund["transactions"]?.arrayValue ?? []).reduce(0.0) { $0 + ($1["amount"]?.doubleValue ?? 0) }
        }
        guard already + refunded <= total + 0.001 else { throw unprocessable("amount", "cannot refund more than the order total") }
        var refund: JSONValue = [
            "id": .int(id), "order_id": order["id"] ?? nil, "note": body["note"] ?? nil, "restock": body["restock"] ?? false,
            "refund_line_items": .array(completedRefundLines(body, order: order)), "transactions": .array(transactions),
            "admin_graphql_api_id": Self.gid("Refund", id),
        ]
        stamp(&refund, "created_at")
        refund["processed_at"] = refund["created_at"] ?? nil
        environment.records.put("refunds", id: String(id), refund.publicView)
        order["refunds"] = .array((order["refunds"]?.arrayValue ?? []) + [refund.publicView])
        order["financial_status"] = already + refunded >= total - 0.001 ? "refunded" : "partially_refunded"
        stamp(&order, "updated_at")
        environment.records.put("orders", id: orderID, order)
        return .json(["refund": refund.publicView], status: 201)
    }
}

import Foundation

extension ShopifySimulator {
    func registerOrders(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/orders.json") { [unowned self] request in
            try paged("orders", request) { order, query in orderMatches(order, query) }
        }
        addAPI(&router, "GET", "/orders/count.json") { [unowned self] request in
            .json(["count": .int(environment.records.filter("orders") { orderMatches($0, request) }.count)])
        }
        addAPI(&router, "GET", "/orders/{id}.json") { [unowned self] request in
            guard let order = environment.records.get("orders", id: request.parameter("id") ?? "") else { return notFound(request) }
            return .json(["order": order.publicView])
        }
        addAPI(&router, "POST", "/orders.json") { [unowned self] request in
            guard let body = request.json?["order"], case .object = body else { throw unprocessable("order", "Required parameter missing or invalid") }
            return .json(["order": try createOrder(body).publicView], status: 201)
        }
        addAPI(&router, "PUT", "/orders/{id}.json") { [unowned self] request in
            guard let body = request.json?["order"], case .object(let changes) = body else {
                throw unprocessable("order", "Required parameter missing or invalid")
            }
            let editable: Set<String> = ["note", "email", "tags", "phone", "buyer_accepts_marketing", "shipping_address", "note_attributes", "metafields"]
            guard let order = environment.records.update("orders", id: request.parameter("id") ?? "", { order in
                for (key, value) in changes where editable.contains(key) { order[key] = value }
                stamp(&order, "updated_at")
            }) else { return notFound(request) }
            return .json(["order": order.publicView])
        }
        addAPI(&router, "POST", "/orders/{id}/cancel.json") { [unowned self] request in
            let id = request.parameter("id") ?? ""
            guard let existing = environment.records.get("orders", id: id) else { return notFound(request) }
            guard existing["cancelled_at"] == .null || existing["cancelled_at"] == nil else {
                throw unprocessable("base", "Order has already been cancelled")
            }
            let order = environment.records.update("orders", id: id) { order in
                stamp(&order, "cancelled_at")
                order["cancel_reason"] = request.json?["reason"] ?? "other"
                stamp(&order, "updated_at")
            }
            return .json(["order": order?.publicView ?? nil])
        }
    }

    /// `status` (open by default, closed, cancelled, any), `ids`, `since_id`, `financial_status`,
    /// `fulfillment_status`, `created_at_*`, `updated_at_*`.
    func orderMatches(_ order: JSONValue, _ query: SimRequest) -> Bool {
        let cancelled = !(order["cancelled_at"] == nil || order["cancelled_at"] == .null)
        let closed = !(order["closed_at"] == nil || order["closed_at"] == .null)
        switch query.query("status") ?? "open" {
        case "open": if cancelled || closed { return false }
        case "closed": if !closed { return false }
        case "cancelled": if !cancelled { return false }
        default: break
        }
        if let ids = query.query("ids"), !ids.split(separator: ",").map(String.init).contains(order["id"]?.stringValue ?? "") { return false }
        if let since = query.queryInt("since_id"), (order["id"]?.intValue ?? 0) <= since { return false }
        if let financial = query.query("financial_status"), financial != "any", order["financial_status"]?.stringValue != financial { return false }
        if let fulfillment = query.query("fulfillment_status"), fulfillment != "any" {
            let current = order["fulfillment_status"]?.stringValue ?? "unfulfilled"
            if fulfillment == "unshipped" ? current == "fulfilled" : current != fulfillment { return false }
        }
        return timeFilter(order, query, field: "created_at") && timeFilter(order, query, field: "updated_at")
    }

    /// Stores an order (with line items priced from variants) and its fulfillment order.
    func createOrder(_ body: JSONValue) throws -> JSONValue {
        let id = nextID("orders")
        var lines: [JSONValue] = []
        var subtotal = 0.0
        for line in body["line_items"]?.arrayValue ?? [] {
            let variant = line["variant_id"]?.stringValue.flatMap { environment.records.get("variants", id: $0) }
            guard line["variant_id"] == nil || variant != nil else { throw unprocessable("line_items", "variant not found") }
            let quantity = line["quantity"]?.intValue ?? 1
            let price = line["price"]?.doubleValue ?? variant?["price"]?.doubleValue ?? 0
            subtotal += price * Double(quantity)
            lines.append([
                "id": .int(nextID("line_items")), "variant_id": variant?["id"] ?? nil, "product_id": variant?["product_id"] ?? nil,
                "title": line["title"] ?? variant?["$product_title"] ?? "", "name": line["title"] ?? variant?["$product_title"] ?? "",
                "sku": variant?["sku"] ?? line["sku"] ?? nil, "quantity": .int(quantity), "current_quantity": .int(quantity),
                "fulfillable_quantity": .int(quantity), "fulfillment_status": nil, "price": Self.money(price),
                "grams": variant?["grams"] ?? 0, "requires_shipping": true, "taxable": true, "gift_card": false,
                "total_discount": Self.money(Self.sum(line["discount_allocations"], "amount")),
                "discount_allocations": line["discount_allocations"] ?? [], "tax_lines": line["tax_lines"] ?? [],
                "fulfillment_service": "manual",
            ])
        }
        if lines.isEmpty { throw unprocessable("line_items", "must have at least one line item") }
        let shipping = Self.sum(body["shipping_lines"], "price")
        // Discounts and taxes as the checkout computed them (Shopify stores what it is given).
        let discounts = (body["line_items"]?.arrayValue ?? []).reduce(0.0) { $0 + Self.sum($1["discount_allocations"], "amount") }
        let tax = Self.sum(body["tax_lines"], "price")
        let taxesIncluded = body["taxes_included"]?.boolValue ?? false
        var order: JSONValue = [
            "id": .int(id), "admin_graphql_api_id": Self.gid("Order", id), "name": .string("#\(1000 + id % 100_000)"),
            "order_number": .int(1000 + id % 100_000), "email": body["email"] ?? nil, "phone": body["phone"] ?? nil,
            "currency": body["currency"] ?? "USD", "financial_status": body["financial_status"] ?? "paid",
            "fulfillment_status": nil, "line_items": .array(lines), "shipping_lines": body["shipping_lines"] ?? [],
            "shipping_address": body["shipping_address"] ?? nil, "billing_address": body["billing_address"] ?? nil,
            "customer": body["customer"] ?? nil, "note": body["note"] ?? nil, "tags": body["tags"] ?? "",
            "subtotal_price": Self.money(subtotal - discounts),
            "total_price": Self.money(subtotal - discounts + shipping + (taxesIncluded ? 0 : tax)), "total_tax": Self.money(tax),
            "total_discounts": Self.money(discounts), "tax_lines": body["tax_lines"] ?? [], "taxes_included": .bool(taxesIncluded),
            "discount_codes": body["discount_codes"] ?? [], "cancelled_at": nil, "cancel_reason": nil, "closed_at": nil, "processed_at": nil,
            "fulfillments": [], "refunds": [], "source_name": "web", "test": false,
        ]
        stamp(&order, "created_at")
        stamp(&order, "updated_at")
        order["processed_at"] = order["created_at"] ?? nil
        environment.records.put("orders", id: String(id), order)
        createFulfillmentOrder(for: order)
        return order
    }

    /// The sum of `field` over a list of objects (money strings or numbers); 0 for null.
    static func sum(_ list: JSONValue?, _ field: String) -> Double {
        (list?.arrayValue ?? []).reduce(0.0) { $0 + ($1[field]?.doubleValue ?? 0) }
    }
}

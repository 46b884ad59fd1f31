import Foundation

extension ShopifySimulator {
    /// The refund's `refund_line_items` as Shopify stores them: each given `{line_item_id,
    /// quantity, restock_type?, location_id?}` completed with an `id`, the order's `line_item`,
    /// `subtotal` (the line's price less its discount allocations, for the refunded quantity) and
    /// `total_tax` (its tax lines, pro rata), unless the request already carries them.
    /// `restock_type` defaults to `return` when the refund says `restock: true`, else `no_restock`;
    /// a restocked line defaults to the first location.
    func completedRefundLines(_ body: JSONValue, order: JSONValue) -> [JSONValue] {
        let orderLines = order["line_items"]?.arrayValue ?? []
        let restock = body["restock"]?.boolValue ?? false
        let location = environment.records.all("locations").first?["id"] ?? nil
        return (body["refund_line_items"]?.arrayValue ?? []).map { given in
            var line = given
            let item: JSONValue? = orderLines.first { $0["id"] == given["line_item_id"] } ?? given["line_item"]
            let ordered = Double(item?["quantity"]?.intValue ?? 1)
            let quantity = Double(given["quantity"]?.intValue ?? 0)
            let share = ordered > 0 ? quantity / ordered : 0
            let price = item?["price"]?.doubleValue ?? 0
            let discount = Self.sum(item?["discount_allocations"], "amount")
            if line["id"] == nil { line["id"] = .int(nextID("refund_line_items")) }
            if line["line_item"] == nil { line["line_item"] = item ?? .null }
            if line["subtotal"] == nil { line["subtotal"] = Self.money(price * quantity - discount * share) }
            if line["total_tax"] == nil { line["total_tax"] = Self.money(Self.sum(item?["tax_lines"], "price") * share) }
            if line["restock_type"] == nil { line["restock_type"] = restock ? "return" : "no_restock" }
            if line["location_id"] == nil, line["restock_type"]?.stringValue != "no_restock" { line["location_id"] = location }
            return line
        }
    }
}

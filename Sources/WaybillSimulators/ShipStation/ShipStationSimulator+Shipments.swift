import Foundation

extension ShipStationSimulator {
    func registerShipments(_ router: inout SimRouter) {
        addV1(&router, "GET", "/shipments") { [unowned self] request in try self.listShipments(request) }
    }

    private func listShipments(_ request: SimRequest) throws -> SimResponse {
        var filters: [(JSONValue) -> Bool] = []
        for (param, field) in [("orderNumber", "orderNumber"), ("orderId", "orderId"), ("trackingNumber", "trackingNumber"),
                               ("carrierCode", "carrierCode"), ("serviceCode", "serviceCode"), ("batchId", "batchNumber"),
                               ("recipientName", "$recipientName")] {
            if let value = request.queryIgnoringCase(param) { filters.append { $0[field]?.stringValue == value } }
        }
        if let country = request.queryIgnoringCase("recipientCountryCode") {
            filters.append { $0["shipTo"]?["country"]?.stringValue == country }
        }
        if let store = request.queryIgnoringCase("storeId"), !store.isEmpty {
            filters.append { $0["advancedOptions"]?["storeId"]?.stringValue == store }
        }
        try addDateFilters(&filters, request, prefix: "createDate", field: "createDate")
        try addDateFilters(&filters, request, prefix: "shipDate", field: "shipDate")
        try addDateFilters(&filters, request, prefix: "voidDate", field: "voidDate")
        let includeItems = request.queryIgnoringCase("includeShipmentItems")?.lowercased() == "true"
        var shipments = environment.records.filter("shipments") { record in filters.allSatisfy { $0(record) } }
        if !includeItems {
            shipments = shipments.map { shipment in
                var copy = shipment
                copy["shipmentItems"] = .null
                return copy
            }
        }
        if let sortBy = request.queryIgnoringCase("sortBy") {
            let field = sortBy == "CreateDate" ? "createDate" : "shipDate"
            let descending = request.queryIgnoringCase("sortDir")?.uppercased() == "DESC"
            shipments.sort { a, b in
                let (x, y) = (a[field]?.stringValue ?? "", b[field]?.stringValue ?? "")
                return descending ? x > y : x < y
            }
        }
        return pagedV1("shipments", shipments, request)
    }

    /// Stores a shipment of `order` (one label; batch number = shipment id) and returns it.
    func recordShipment(for order: JSONValue, carrierCode: String, trackingNumber: String, cost: Double) -> JSONValue {
        let now = environment.clock.now()
        let id = environment.records.nextID("shipments", firstID: 200_000_001)
        let items: [JSONValue] = (order["items"]?.arrayValue ?? []).map { item in
            ["orderItemId": item["orderItemId"] ?? nil, "lineItemKey": item["lineItemKey"] ?? nil, "sku": item["sku"] ?? nil,
             "name": item["name"] ?? nil, "quantity": item["quantity"] ?? nil, "unitPrice": item["unitPrice"] ?? nil]
        }
        let shipment: JSONValue = [
            "shipmentId": .int(id), "orderId": order["orderId"] ?? nil, "orderKey": order["orderKey"] ?? nil,
            "userId": "3b5b5b4e-0000-4000-8000-000000000001", "customerEmail": order["customerEmail"] ?? nil,
            "orderNumber": order["orderNumber"] ?? nil, "createDate": .string(ShipStationTime.format(now)),
            "shipDate": .string(SimTime.format(now, zone: ShipStationTime.pacific, pattern: "yyyy-MM-dd")),
            "shipmentCost": .double(cost), "insuranceCost": 0.0, "trackingNumber": .string(trackingNumber),
            "isReturnLabel": false, "batchNumber": .string(String(id)), "carrierCode": .string(carrierCode),
            "serviceCode": order["serviceCode"] ?? nil, "packageCode": "package", "confirmation": "none",
            "warehouseId": order["advancedOptions"]?["warehouseId"] ?? nil, "voided": false, "voidDate": nil,
            "marketplaceNotified": false, "notifyErrorMessage": nil, "shipTo": order["shipTo"] ?? nil,
            "weight": order["weight"] ?? nil, "dimensions": nil, "insuranceOptions": nil,
            "advancedOptions": ["storeId": order["advancedOptions"]?["storeId"] ?? nil], "shipmentItems": .array(items),
            "labelData": nil, "formData": nil, "$recipientName": order["shipTo"]?["name"] ?? nil,
        ]
        environment.records.put("shipments", id: String(id), shipment)
        return shipment
    }
}

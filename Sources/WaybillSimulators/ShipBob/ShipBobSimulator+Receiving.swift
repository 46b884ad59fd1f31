import Foundation

extension ShipBobSimulator {
    static let wroStatuses: Set<String> = [
        "Awaiting", "Processing", "Completed", "Cancelled", "Incomplete", "Arrived", "PartiallyArrived",
        "PartiallyArrivedAtHub", "ArrivedAtHub", "ProcessingAtHub", "InternalTransfer",
    ]

    func registerReceiving(_ router: inout SimRouter) {
        addAPI(&router, "POST", "/receiving") { [unowned self] request in try createReceiving(request) }
        addAPI(&router, "GET", "/receiving") { [unowned self] request in
            var wros = environment.records.all("receiving")
            if let numbers = request.queryIgnoringCase("PurchaseOrderNumbers") {
                let wanted = Set(numbers.split(separator: ",").map { String($0) })
                wros = wros.filter { wanted.contains($0["purchase_order_number"]?.stringValue ?? "") }
            }
            if let statuses = request.queryIgnoringCase("Statuses") {
                let wanted = Set(statuses.split(separator: ",").map { String($0) })
                wros = wros.filter { wanted.contains($0["status"]?.stringValue ?? "") }
            }
            if let sync = request.queryIgnoringCase("ExternalSync")?.lowercased() {
                wros = wros.filter { ($0["external_sync_timestamp"] != nil && $0["external_sync_timestamp"] != .null) == (sync == "true") }
            }
            let response = list(wros, request)
            if !isLegacy(request), let items = response.json?["items"] { return .json(items) }
            return response
        }
        addAPI(&router, "GET", "/receiving/{id}") { [unowned self] request in
            guard let wro = environment.records.get("receiving", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(wro)
        }
        addAPI(&router, "POST", "/receiving/{id}:cancel") { [unowned self] request in
            guard let wro = setReceivingStatus(id: request.parameter("id") ?? "", status: "Cancelled") else { return .empty(404) }
            return .json(wro)
        }
        addAPI(&router, "POST", "/receiving:setExternalSync") { [unowned self] request in
            guard let body = request.json, let ids = body["ids"]?.arrayValue else {
                throw validation(["ids": ["The ids field is required."]], status: 400)
            }
            let flag = body["is_external_sync"]?.boolValue ?? true
            let updated: [JSONValue] = ids.compactMap { id in
                environment.records.update("receiving", id: id.stringValue ?? "") { wro in
                    wro["external_sync_timestamp"] = flag ? .string(timestamp()) : nil
                }
            }
            return .json(.array(updated))
        }
    }

    private func createReceiving(_ request: SimRequest) throws -> SimResponse {
        guard let body = request.json, let center = body["fulfillment_center"]?["id"]?.intValue else {
            throw validation(["fulfillment_center.id": ["The fulfillment center is required."]], status: 400)
        }
        guard let boxes = body["boxes"]?.arrayValue, !boxes.isEmpty else {
            throw validation(["boxes": ["At least one box is required."]], status: 400)
        }
        var expected: [String: Int] = [:]
        var order: [String] = []
        for box in boxes {
            for item in box["box_items"]?.arrayValue ?? [] {
                guard let inventory = item["inventory_id"]?.stringValue else { continue }
                if expected[inventory] == nil { order.append(inventory) }
                expected[inventory, default: 0] += item["quantity"]?.intValue ?? 0
            }
        }
        let id = environment.records.nextID("receiving", firstID: 600_001)
        let quantities: [JSONValue] = order.map { inventory in
            let sku = environment.records.get("inventory", id: inventory)?["sku"] ?? nil
            return ["inventory_id": .int(Int(inventory) ?? 0), "sku": sku, "expected_quantity": .int(expected[inventory] ?? 0),
                    "received_quantity": 0, "stowed_quantity": 0]
        }
        let wro: JSONValue = [
            "id": .int(id), "purchase_order_number": body["purchase_order_number"] ?? nil, "status": "Awaiting",
            "expected_arrival_date": body["expected_arrival_date"] ?? nil, "insert_date": .string(timestamp()),
            "last_updated_date": .string(timestamp()), "external_sync_timestamp": nil,
            "box_labels_uri": .string("\(environment.baseURL)/2026-01/receiving/\(id)/labels"),
            "package_type": body["package_type"] ?? "Package", "box_packaging_type": body["box_packaging_type"] ?? "EverythingInOneBox",
            "fulfillment_center": ["id": .int(center), "name": "Cicero (IL)", "address1": "5900 W Ogden Ave",
                                   "city": "Cicero", "state": "IL", "country": "US", "zip_code": "60804",
                                   "timezone": "Central Standard Time"],
            "inventory_quantities": .array(quantities),
            "status_history": [["id": 1, "status": "Awaiting", "timestamp": .string(timestamp())]],
        ]
        environment.records.put("receiving", id: String(id), wro)
        return .json(wro, status: 201)
    }

    /// Moves a WRO to `status`, appending to its history; `Completed` receives every expected unit.
    @discardableResult
    public func setReceivingStatus(id: String, status: String) -> JSONValue? {
        environment.records.update("receiving", id: id) { wro in
            wro["status"] = .string(status)
            wro["last_updated_date"] = .string(timestamp())
            var history = wro["status_history"]?.arrayValue ?? []
            history.append(["id": .int(history.count + 1), "status": .string(status), "timestamp": .string(timestamp())])
            wro["status_history"] = .array(history)
            if status == "Completed" {
                wro["inventory_quantities"] = .array((wro["inventory_quantities"]?.arrayValue ?? []).map { line in
                    var received = line
                    received["received_quantity"] = line["expected_quantity"] ?? 0
                    received["stowed_quantity"] = line["expected_quantity"] ?? 0
                    return received
                })
            }
        }
    }
}

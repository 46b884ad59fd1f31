import Foundation

extension ShipBobSimulator {
    func registerReturns(_ router: inout SimRouter) {
        addAPI(&router, "GET", "/return/{id}") { [unowned self] request in
            guard let found = environment.records.get("returns", id: request.parameter("id") ?? "") else { return .empty(404) }
            return .json(found)
        }
        addAPI(&router, "GET", "/return") { [unowned self] request in list(environment.records.all("returns"), request) }
    }

    /// Opens a return (status `AwaitingArrival`) for every shipped unit of an order; returns it.
    @discardableResult
    public func addReturn(orderID: String) -> JSONValue? {
        guard let order = environment.records.get("orders", id: orderID) else { return nil }
        let id = environment.records.nextID("returns", firstID: 900_001)
        let shipment = order["shipments"]?.arrayValue?.last
        let inventory: [JSONValue] = (order["products"]?.arrayValue ?? []).map { line in
            ["id": line["id"] ?? nil, "name": line["name"] ?? line["sku"] ?? nil, "sku": line["sku"] ?? nil,
             "quantity": line["quantity"] ?? 1, "action_requested": ["action": "Restock"]]
        }
        let record: JSONValue = [
            "id": .int(id), "reference_id": order["reference_id"] ?? nil, "status": "AwaitingArrival",
            "return_type": "Regular", "store_order_id": order["order_number"] ?? nil,
            "original_shipment_id": shipment?["id"] ?? nil, "channel": order["channel"] ?? nil,
            "fulfillment_center": ["id": 10, "name": "Cicero (IL)"], "tracking_number": .string("RT\(id)"),
            "inventory": .array(inventory), "insert_date": .string(timestamp()), "completed_date": nil,
            "status_history": [["status": "AwaitingArrival", "timestamp": .string(timestamp())]],
        ]
        environment.records.put("returns", id: String(id), record)
        return record
    }

    /// Moves a return to `status` (`Arrived`, `Processing`, `Completed`, `Cancelled`); returns it.
    @discardableResult
    public func setReturnStatus(id: String, status: String) -> JSONValue? {
        environment.records.update("returns", id: id) { record in
            record["status"] = .string(status)
            if status == "Completed" { record["completed_date"] = .string(timestamp()) }
            var history = record["status_history"]?.arrayValue ?? []
            history.append(["status": .string(status), "timestamp": .string(timestamp())])
            record["status_history"] = .array(history)
        }
    }

    /// The ReturnOrderViewModel a `return.*` topic carries: `resourceID` names a return, or an
    /// order whose latest return is used (one is opened if it has none); `return.completed`
    /// completes it first.
    func returnPayload(_ fire: WebhookFire) throws -> JSONValue {
        let id = fire.resourceID ?? environment.records.all("returns").last?["id"]?.stringValue ?? ""
        var found = environment.records.get("returns", id: id)
        if found == nil, let order = environment.records.get("orders", id: id) {
            let reference = order["reference_id"]
            found = environment.records.filter("returns") { $0["reference_id"] == reference }.last ?? addReturn(orderID: id)
        }
        guard var record = found, let returnID = record["id"]?.stringValue else {
            throw ControlError("no return or order \(id) to notify about")
        }
        if fire.topic == "return.completed", record["status"]?.stringValue != "Completed" {
            record = setReturnStatus(id: returnID, status: "Completed") ?? record
        }
        return record
    }
}

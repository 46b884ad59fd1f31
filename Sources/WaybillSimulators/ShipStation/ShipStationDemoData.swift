import Foundation

extension ShipStationSimulator {
    /// Fields every order has, null until set (`createorder` replaces the whole order).
    static let orderTemplate: JSONValue = [
        "orderId": nil, "orderNumber": nil, "orderKey": nil, "orderDate": nil, "createDate": nil, "modifyDate": nil,
        "paymentDate": nil, "shipByDate": nil, "orderStatus": nil, "customerId": nil, "customerUsername": nil,
        "customerEmail": nil, "billTo": nil, "shipTo": nil, "items": [], "orderTotal": 0.0, "amountPaid": 0.0,
        "taxAmount": 0.0, "shippingAmount": 0.0, "customerNotes": nil, "internalNotes": nil, "gift": false,
        "giftMessage": nil, "paymentMethod": nil, "requestedShippingService": nil, "carrierCode": nil, "serviceCode": nil,
        "packageCode": nil, "confirmation": "none", "shipDate": nil, "holdUntilDate": nil,
        "weight": ["value": 0.0, "units": "ounces", "WeightUnits": 1], "dimensions": nil, "insuranceOptions": nil,
        "internationalOptions": nil,
        "advancedOptions": ["warehouseId": 5_001, "storeId": 7_001, "customField1": nil, "customField2": nil,
                            "customField3": nil, "source": nil, "mergedOrSplit": false],
        "tagIds": nil, "userId": nil, "externallyFulfilled": false, "externallyFulfilledBy": nil,
    ]

    /// Fields every order item has.
    static let itemTemplate: JSONValue = [
        "orderItemId": nil, "lineItemKey": nil, "sku": nil, "name": nil, "imageUrl": nil, "weight": nil, "quantity": 1,
        "unitPrice": 0.0, "taxAmount": nil, "shippingAmount": nil, "warehouseLocation": nil, "options": [],
        "productId": nil, "fulfillmentSku": nil, "adjustment": false, "upc": nil, "createDate": nil, "modifyDate": nil,
    ]

    static let demoProducts: [(sku: String, name: String, price: Double, ounces: Double)] = [
        ("WB-MUG-001", "Waybill Enamel Mug", 14.0, 12.0), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 22.0, 6.0),
        ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 22.0, 6.5), ("WB-CAP-NVY", "Waybill Cap Navy", 18.5, 4.0),
        ("WB-BOTTLE-750", "Steel Bottle 750 ml", 27.0, 11.0), ("WB-NOTE-A5", "Dot Grid Notebook A5", 9.75, 8.0),
    ]

    static let demoCustomers: [(name: String, email: String, city: String, state: String, zip: String)] = [
        ("Ada Lovelace", "ada@example.com", "Portland", "OR", "97205"),
        ("Grace Hopper", "grace@example.com", "Arlington", "VA", "22201"),
        ("Alan Turing", "alan@example.com", "Austin", "TX", "78701"),
    ]

    public func seedDemoData() {
        let records = environment.records
        let created = ShipStationTime.format(environment.clock.now().addingTimeInterval(-86_400))
        for (index, product) in Self.demoProducts.enumerated() {
            records.put("products", id: String(30_000_001 + index), [
                "productId": .int(30_000_001 + index), "sku": .string(product.sku), "name": .string(product.name),
                "price": .double(product.price), "defaultCost": nil, "length": nil, "width": nil, "height": nil,
                "weightOz": .double(product.ounces), "internalNotes": nil, "fulfillmentSku": nil,
                "createDate": .string(created), "modifyDate": .string(created), "active": true, "productCategory": nil,
                "productType": nil, "warehouseLocation": .string("A-\(index + 1)"), "defaultCarrierCode": nil,
                "defaultServiceCode": nil, "defaultPackageCode": nil, "defaultIntlCarrierCode": nil,
                "defaultIntlServiceCode": nil, "defaultIntlPackageCode": nil, "defaultConfirmation": nil,
                "defaultIntlConfirmation": nil, "customsDescription": nil, "customsValue": nil,
                "customsTariffNo": nil, "customsCountryCode": nil, "noCustoms": nil, "tags": nil,
                "upc": .string("0001234500\(index)"), "thumbnailUrl": nil,
            ])
        }
        for (id, name, isDefault) in [(5_001, "Main Warehouse", true), (5_002, "East Coast 3PL", false)] {
            let address: JSONValue = ["name": .string(name), "company": "Waybill Demo", "street1": "100 Harbor Way",
                                      "street2": nil, "street3": nil, "city": "Portland", "state": "OR",
                                      "postalCode": "97209", "country": "US", "phone": "555-0100", "residential": false]
            records.put("warehouses", id: String(id), ["warehouseId": .int(id), "warehouseName": .string(name),
                                                       "originAddress": address, "returnAddress": address,
                                                       "createDate": .string(created), "isDefault": .bool(isDefault)])
        }
        seedDemoOrders(created: created)
        seedDemoInventory()
    }

    private func seedDemoOrders(created: String) {
        for (index, customer) in Self.demoCustomers.enumerated() {
            let address: JSONValue = ["name": .string(customer.name), "company": nil, "street1": .string("\(index + 1)0 Main St"),
                                      "street2": nil, "street3": nil, "city": .string(customer.city),
                                      "state": .string(customer.state), "postalCode": .string(customer.zip),
                                      "country": "US", "phone": nil, "residential": true]
            let product = Self.demoProducts[index]
            let order: JSONValue = [
                "orderNumber": .string("SO-10\(index + 1)"), "orderKey": .string("demo-order-\(index + 1)"),
                "orderDate": .string(created), "orderStatus": index == 0 ? "shipped" : "awaiting_shipment",
                "customerEmail": .string(customer.email), "customerUsername": .string(customer.email),
                "billTo": address, "shipTo": address, "orderTotal": .double(product.price + 5), "amountPaid": .double(product.price + 5),
                "shippingAmount": 5.0, "carrierCode": "stamps_com", "serviceCode": "usps_priority_mail",
                "items": [["lineItemKey": .string("line-\(index + 1)"), "sku": .string(product.sku),
                           "name": .string(product.name), "quantity": 1, "unitPrice": .double(product.price)]],
            ]
            if let stored = try? upsertOrder(order), index == 0 {
                _ = recordShipment(for: stored, carrierCode: "stamps_com", trackingNumber: "9400111899223197428490", cost: 7.85)
            }
        }
    }

    private func seedDemoInventory() {
        let now = SimTime.iso8601(environment.clock.now())
        let records = environment.records
        records.put("inventory_warehouses", id: "se-900", ["inventory_warehouse_id": "se-900", "name": "Main Warehouse",
                                                            "created_at": .string(now), "updated_at": .string(now)])
        records.put("inventory_locations", id: "se-9000", ["inventory_location_id": "se-9000", "name": "Aisle A",
                                                           "inventory_warehouse_id": "se-900", "created_at": .string(now),
                                                           "updated_at": .string(now)])
        records.put("v2_warehouses", id: "se-5001", ["warehouse_id": "se-5001", "name": "Main Warehouse",
                                                     "created_at": .string(now), "is_default": true,
                                                     "origin_address": ["city_locality": "Portland", "state_province": "OR",
                                                                        "postal_code": "97209", "country_code": "US"]])
        for (index, product) in Self.demoProducts.enumerated() {
            let onHand = 20 + index * 5
            records.put("inventory", id: "\(product.sku)|se-9000", [
                "sku": .string(product.sku), "on_hand": .int(onHand), "allocated": 2, "available": .int(onHand - 2),
                "average_cost": ["currency": "usd", "amount": .double(product.price / 2)],
                "inventory_warehouse_id": "se-900", "inventory_location_id": "se-9000",
            ])
        }
    }
}

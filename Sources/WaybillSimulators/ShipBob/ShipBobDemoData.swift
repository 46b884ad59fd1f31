import Foundation

extension ShipBobSimulator {
    public func seedDemoData() {
        let catalogue: [(String, String, Int)] = [
            ("WB-MUG-001", "Waybill Enamel Mug", 120), ("WB-TEE-BLK-M", "Waybill T-Shirt Black M", 80),
            ("WB-TEE-BLK-L", "Waybill T-Shirt Black L", 64), ("WB-CAP-NVY", "Waybill Cap Navy", 45),
            ("WB-BOTTLE-750", "Steel Bottle 750 ml", 30), ("WB-NOTE-A5", "Dot Grid Notebook A5", 200),
        ]
        for (index, item) in catalogue.enumerated() {
            makeProduct(name: item.1, sku: item.0, barcode: "0001234500\(index)", onHand: item.2)
        }
        let customers = [("Ada Lovelace", "ada@example.com", "Portland", "OR", "97205"),
                         ("Grace Hopper", "grace@example.com", "Arlington", "VA", "22201")]
        for (index, customer) in customers.enumerated() {
            let order = storeOrder([
                "reference_id": .string("SO-20\(index + 1)"), "order_number": .string("SO-20\(index + 1)"),
                "shipping_method": "Standard", "purchase_date": .string(timestamp(-86_400)),
                "recipient": ["name": .string(customer.0), "email": .string(customer.1),
                              "address": ["address1": "1 Main St", "city": .string(customer.2), "state": .string(customer.3),
                                          "zip_code": .string(customer.4), "country": "US"]],
                "products": [["sku": .string(catalogue[index].0), "name": .string(catalogue[index].1), "quantity": 1,
                              "unit_price": 14.0]],
            ])
            if index == 0, let id = order["id"]?.stringValue { shipOrder(id: id) }
        }
    }
}

import Foundation
import Testing
import WaybillSimulators

@Suite struct RecordStoreTests {
    @Test func holdsOneHundredThousandRecords() {
        let store = RecordStore()
        for index in 1...100_000 {
            store.put("products", id: String(index), ["id": .int(index), "sku": .string("SKU-\(index)")])
        }
        #expect(store.count("products") == 100_000)
        #expect(store.get("products", id: "99999")?["sku"] == "SKU-99999")
        #expect(store.nextID("products") == 100_001)
        #expect(store.filter("products") { $0["sku"] == "SKU-5" }.count == 1)
        store.update("products", id: "7") { $0["sku"] = "changed" }
        #expect(store.all("products")[6]["sku"] == "changed")
        #expect(store.delete("products", id: "1") != nil && store.count("products") == 99_999)
    }
}

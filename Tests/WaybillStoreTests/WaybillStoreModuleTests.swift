import Testing
@testable import WaybillStore

@Test func moduleNameIsStable() {
    #expect(WaybillStoreModule.name == "WaybillStore")
}

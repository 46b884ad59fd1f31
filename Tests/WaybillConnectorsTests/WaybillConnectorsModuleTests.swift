import Testing
@testable import WaybillConnectors

@Test func moduleNameIsStable() {
    #expect(WaybillConnectorsModule.name == "WaybillConnectors")
}

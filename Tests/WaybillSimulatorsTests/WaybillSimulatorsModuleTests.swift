import Testing
@testable import WaybillSimulators

@Test func moduleNameIsStable() {
    #expect(WaybillSimulatorsModule.name == "WaybillSimulators")
}

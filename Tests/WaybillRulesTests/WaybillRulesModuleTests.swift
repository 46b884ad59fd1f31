import Testing
@testable import WaybillRules

@Test func moduleNameIsStable() {
    #expect(WaybillRulesModule.name == "WaybillRules")
}

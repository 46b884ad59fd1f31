import Testing
@testable import WaybillExpressions

@Test func moduleNameIsStable() {
    #expect(WaybillExpressionsModule.name == "WaybillExpressions")
}

import Foundation
import Testing
@testable import WaybillEngine

/// `report:` steps have no system but are not follow-up calls: each runs on its own.
@Suite("Report steps")
struct ReportStepOrderTests {
    @Test("two report steps stay two top-level steps; a call after a write still follows it")
    func notFollowUps() throws {
        func report(_ name: String) throws -> StepProgram {
            StepProgram(name: name, system: nil, target: nil, operation: .report(ReportProgram(
                kind: name, severity: "warning", message: try EngineExpression("'x'"), metric: nil, alertThreshold: nil,
                alertWindow: 86_400)))
        }
        let write = StepProgram(name: "write", system: "odoo", target: "sale.order", operation: .create)
        let call = StepProgram(name: "confirm", system: nil, target: nil, operation: .call("action_confirm"))
        let steps = UnitInterpreter.attachFollowUps([try report("missing"), try report("mismatched"), write, call])
        #expect(steps.map(\.name) == ["missing", "mismatched", "write"])
        #expect(steps.last?.then.map(\.name) == ["confirm"])
    }
}

import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillStore

/// An `update` whose match names the record by id (`[[id, '=', X]]`) writes to X, even when the
/// same source identity updated another record before (a binding to another target is not
/// "payload unchanged"), and needs no find call.
@Suite("Named target")
struct NamedTargetTests {
    static func flow() throws -> FlowProgram {
        FlowProgram(
            name: "touch", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60),
                              cursor: CursorProgram(lookback: .seconds(600)), pageSize: 50),
            steps: [
                StepProgram(
                    name: "touch", system: "shipstation", target: "products", operation: .update,
                    match: [ConditionProgram(field: "id", op: "=", value: try EngineExpression("target_id"))],
                    values: [("name", try EngineExpression("name"))])
            ],
            identity: try .template("order:${default_code}"), version: try EngineExpression("write_date"))
    }

    @Test("the same identity with the same payload updates the newly named record")
    func namedIDWins() async throws {
        let harness = try Harness(flow: try Self.flow())
        harness.target.insert("products", ["id": .int(101), "name": .string("a")])
        harness.target.insert("products", ["id": .int(102), "name": .string("b")])
        harness.odoo.insert("product.product", ["id": .int(1), "write_date": .string("2026-05-01 10:00:00"),
                                                "default_code": .string("ORD"), "name": .string("shipped"),
                                                "target_id": .int(101)])
        _ = try await harness.poll()
        _ = try await harness.converge()
        #expect(harness.target.writeLog() == ["update products 101"])
        // Same identity and payload, another record named: written, not skipped.
        harness.odoo.insert("product.product", ["id": .int(2), "write_date": .string("2026-05-01 10:00:30"),
                                                "default_code": .string("ORD"), "name": .string("shipped"),
                                                "target_id": .int(102)])
        _ = try await harness.poll()
        _ = try await harness.converge()
        #expect(harness.target.writeLog() == ["update products 101", "update products 102"])
        #expect(harness.target.records("products").allSatisfy { $0["name"] == .string("shipped") })
    }
}

import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillRules

/// `waybill rules test`: a flow runs offline through the real interpreter against dry-run
/// clients; finds answer from fixtures, creates get made-up ids, nothing is sent.
@Suite struct FlowRehearsalTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("rules").path

    private func rehearsal(_ flow: String, fixtures: [String: [String: [Value]]] = [:]) throws -> FlowRehearsal {
        let plan = try #require(RuleSet.loadResult(paths: [Self.rules]).plan)
        let definition = try #require(plan.flow(flow)).definition
        return try FlowRehearsal(definition: definition, systems: plan.systems, tables: plan.tables,
                                 fixtures: fixtures)
    }

    private func product(_ id: Int, _ code: String, _ name: String) -> Value {
        .object(["id": .int(id), "default_code": .string(code), "barcode": .string("B\(id)"), "name": .string(name),
                 "write_date": .string("2026-11-20 10:00:0\(id)")])
    }

    @Test("a found product is updated, an unknown one created with a made-up id and linked back in Odoo")
    func matchUpdateCreate() async throws {
        let existing: Value = .object(["id": .int(900), "name": .string("old"), "sku": .string("A-1"),
                                       "barcode": .string("B1")])
        let run = try rehearsal("shipbob-products", fixtures: ["shipbob": ["product": [existing]]])
        let units = try await run.run([product(1, "A-1", "Desk"), product(2, "A-2", "Chair")])
        #expect(units.count == 2)
        #expect(units.map(\.identity) == ["odoo:product:1", "odoo:product:2"])
        #expect(units.allSatisfy { $0.error == nil })

        let first = units[0].calls
        let update = try #require(first.first { $0.operation == "update" && $0.system == "shipbob" })
        #expect(update.id == "900")
        #expect(update.values["name"] == .string("Desk"))
        #expect(!first.contains { $0.operation == "create" })

        let second = units[1].calls
        #expect(second.contains { $0.operation == "find" && $0.found == 0 })
        let create = try #require(second.first { $0.operation == "create" })
        #expect(create.system == "shipbob" && create.target == "product")
        #expect(create.values["sku"] == .string("A-2"))
        let created = try #require(create.id)
        #expect(Int(created).map { $0 > 1_000_000 } == true)
        // The write-back to Odoo carries the made-up id: later steps see earlier results.
        let link = try #require(second.first { $0.system == "odoo" && $0.operation == "update" })
        #expect(link.id == "2")
        #expect(link.values.values.contains { $0.text == created || $0.canonicalJSON.contains(created) })
    }

    @Test("the same record twice: the second run of an unchanged payload makes no call")
    func unchangedPayloadSkipped() async throws {
        let run = try rehearsal("shipbob-products")
        let units = try await run.run([product(3, "A-3", "Lamp"), product(3, "A-3", "Lamp")])
        #expect(units.count == 2)
        #expect(units[0].calls.contains { $0.operation == "create" })
        #expect(!units[1].calls.contains { $0.operation == "create" || $0.operation == "update" })
        #expect(units[1].error == nil)
    }

    @Test("a mapping error is reported on its unit; the other units still run")
    func errorsStayOnTheirUnit() async throws {
        let run = try rehearsal("shipstation-products")
        let bad: Value = .object(["id": .int(5), "default_code": .string("X"), "name": .string("No weight"),
                                  "weight": .string("heavy"), "write_date": .string("2026-11-20 10:00:00")])
        let good: Value = .object(["id": .int(6), "default_code": .string("Y"), "name": .string("Box"),
                                   "weight": .int(1), "write_date": .string("2026-11-20 10:00:01")])
        let units = try await run.run([bad, good])
        #expect(units.count == 2)
        #expect(units[0].error != nil)
        // ShipStation V1 has no product create: an unknown SKU is refused, after the match.
        #expect(units[1].calls.first?.operation == "find")
        #expect(units[1].error?.contains("no product record matched") == true)
    }
}

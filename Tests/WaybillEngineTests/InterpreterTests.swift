import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillStore

@Suite("Plan interpreter")
struct InterpreterTests {
    /// ShipStation-style shipments (webhook pointer) → Odoo pickings, grouped by order number.
    static func shipmentsFlow() throws -> FlowProgram {
        FlowProgram(
            name: "shipments", sourceSystem: "shipstation", dereference: "resource_url",
            shape: UnitShape(each: "shipments", filter: try EngineExpression("!voided"),
                             groupBy: try EngineExpression("orderNumber")),
            lookups: [
                LookupProgram(name: "picking", kind: .find(
                    system: "odoo", target: "stock.picking",
                    conditions: [ConditionProgram(field: "origin", op: "=", value: try EngineExpression("key"))],
                    fields: ["id"], create: nil), key: try EngineExpression("key"), required: true),
            ],
            steps: [
                StepProgram(
                    name: "tracking", system: "odoo", target: "stock.picking", operation: .update,
                    match: [ConditionProgram(field: "id", op: "=", value: try EngineExpression("picking.id"))],
                    values: [("carrier_tracking_ref",
                              try EngineExpression("join(map(group, s => s.trackingNumber), ',')"))]),
                StepProgram(name: "validate", system: nil, target: nil, operation: .call("button_validate"),
                            when: try EngineExpression("count(group) > 1")),
            ],
            identity: try .template("shipstation:order:${key}"))
    }

    static func shipmentsHarness() throws -> Harness {
        let harness = try Harness(flow: try shipmentsFlow())
        harness.target.insert("shipments", [
            "id": .int(9),
            "shipments": .list([
                .object(["orderNumber": .string("SO1"), "trackingNumber": .string("T1"), "voided": .bool(false)]),
                .object(["orderNumber": .string("SO1"), "trackingNumber": .string("T2"), "voided": .bool(false)]),
                .object(["orderNumber": .string("SO1"), "trackingNumber": .string("TX"), "voided": .bool(true)]),
                .object(["orderNumber": .string("SO2"), "trackingNumber": .string("T3"), "voided": .bool(false)]),
            ]),
        ])
        harness.odoo.insert("stock.picking", ["id": .int(7), "origin": .string("SO1")])
        harness.odoo.insert("stock.picking", ["id": .int(8), "origin": .string("SO2")])
        return harness
    }

    func enqueuePointer(_ harness: Harness, _ url: String) async throws {
        _ = try await harness.store.enqueue([NewJob(
            flow: "shipments", connection: "acme", identity: "delivery:1", sourceVersion: "1",
            payload: Data(#"{"resource_url":"\#(url)","resource_type":"SHIP_NOTIFY"}"#.utf8))], now: harness.now)
    }

    @Test("dereference → each → filter → group → find lookup → update → conditional follow-up call")
    func groupedShipments() async throws {
        let harness = try Self.shipmentsHarness()
        try await enqueuePointer(harness, "https://ss.example/shipments/9")
        let summary = try await harness.process()
        #expect(summary.succeeded == 1)
        let pickings = harness.odoo.records("stock.picking")
        #expect(pickings.first { $0["id"] == .int(7) }?["carrier_tracking_ref"] == .string("T1,T2"))
        #expect(pickings.first { $0["id"] == .int(8) }?["carrier_tracking_ref"] == .string("T3"))
        #expect(harness.odoo.writeLog().contains("call stock.picking 7 button_validate"))
        #expect(!harness.odoo.writeLog().contains("call stock.picking 8 button_validate"))
        let calls = try await harness.audit(kind: .call)
        #expect(calls.contains { $0.detail.contains("stock.picking") && $0.detail.contains("\"status\":200") })
    }

    @Test("a resource_url on a foreign host is refused, audited and dead-lettered, never fetched")
    func foreignPointer() async throws {
        let harness = try Self.shipmentsHarness()
        try await enqueuePointer(harness, "https://attacker.example/shipments/9?key=secret")
        #expect(try await harness.process().deadLettered == 1)
        let rejected = try await harness.audit(kind: .rejected)
        #expect(rejected.count == 1)
        #expect(rejected.first?.detail.contains("secret") == false)
        #expect(harness.odoo.writeLog().isEmpty)
    }

    @Test("a required lookup with no value dead-letters the unit")
    func requiredLookupMissing() async throws {
        let harness = try Harness(flow: try Self.shipmentsFlow())
        harness.target.insert("shipments", ["id": .int(9), "shipments": .list([
            .object(["orderNumber": .string("SO404"), "trackingNumber": .string("T"), "voided": .bool(false)]),
        ])])
        try await enqueuePointer(harness, "https://ss.example/shipments/9")
        #expect(try await harness.process().deadLettered == 1)
        let dead = try await harness.store.deadLetters(flow: "shipments", limit: 1)
        #expect(dead.first?.lifecycle.lastError?.contains("lookup `picking`") == true)
    }

    @Test("a mapping error is permanent")
    func mappingError() async throws {
        let flow = FlowProgram(
            name: "products", sourceSystem: "odoo",
            poll: PollProgram(system: "odoo", source: "product.product", every: .seconds(60),
                              cursor: CursorProgram(lookback: .seconds(60))),
            steps: [StepProgram(name: "p", system: "shipstation", target: "products", operation: .create,
                                values: [("weight", try EngineExpression("weight / 0"))])],
            identity: try .template("odoo:product:${id}"), version: try EngineExpression("write_date"))
        let harness = try Harness(flow: flow)
        harness.odoo.insert("product.product", ["id": .int(1), "write_date": .string("2026-05-01 10:00:00"),
                                                "weight": .int(3)])
        _ = try await harness.poll()
        #expect(try await harness.process().deadLettered == 1)
    }

    @Test("units: each, filter and group_by")
    func shaping() throws {
        let shape = UnitShape(each: "lines", filter: try EngineExpression("qty > 0"),
                              groupBy: try EngineExpression("sku"))
        let record = Value.object(["id": .int(1), "lines": .list([
            .object(["sku": .string("A"), "qty": .int(1)]), .object(["sku": .string("B"), "qty": .int(0)]),
            .object(["sku": .string("A"), "qty": .int(2)]),
        ])])
        let units = try shape.units(from: [record]) {
            UnitScope(unit: $0, flow: "f", connection: [:], tables: InMemoryLookupTables(), now: Date())
        }
        #expect(units.count == 1)
        guard case .object(let unit)? = units.first, case .list(let group)? = unit["group"] else {
            Issue.record("expected a group unit")
            return
        }
        #expect(unit["key"] == .string("A"))
        #expect(group.count == 2)
    }

    @Test("each: a dotted path goes through objects; an object there is one element; missing is none")
    func nestedEach() throws {
        let shape = UnitShape(each: "data.items")
        let scope = { (unit: Value) in
            UnitScope(unit: unit, flow: "f", connection: [:], tables: InMemoryLookupTables(), now: Date())
        }
        let nested = Value.object(["id": .int(1), "data": .object(["items": .list([.int(7), .int(8)])])])
        let single = Value.object(["id": .int(2), "data": .object(["items": .object(["sku": .string("X")])])])
        let missing = Value.object(["id": .int(3), "data": .object([:])])
        let units = try shape.units(from: [nested, single, missing], scope: scope)
        func field(_ value: Value, _ name: String) -> Value? {
            if case .object(let fields) = value { return fields[name] }
            return nil
        }
        let elements: [Value?] = units.map { field($0, UnitShape.recordKey) }
        #expect(elements == [.int(7), .int(8), .object(["sku": .string("X")])])
        let parents: [Value?] = units.map { field($0, "parent").flatMap { field($0, "id") } }
        #expect(parents == [.int(1), .int(1), .int(2)])
    }
}

@Suite("Webhook intake")
struct WebhookIntakeTests {
    @Test("a delivery is committed once; a repeat writes nothing; the pointer job then runs")
    func deliveryDedupe() async throws {
        let harness = try InterpreterTests.shipmentsHarness()
        let delivery = WebhookDelivery(connection: "acme", system: "shipstation", deliveryID: "d-1")
        let body = Value.object(["resource_url": .string("https://ss.example/shipments/9")])
        let first = try await harness.engine.accept(delivery, flows: ["shipments"], body: body, now: harness.now)
        #expect(first.newJobIDs.count == 1)
        let repeatOutcome = try await harness.engine.accept(delivery, flows: ["shipments"], body: body,
                                                            now: harness.now)
        #expect(repeatOutcome.duplicateDelivery)
        #expect(try await harness.process().succeeded == 1)
        #expect(try await harness.audit(kind: .received).count == 1)
    }
}

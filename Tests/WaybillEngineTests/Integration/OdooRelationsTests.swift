import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillSimulators

/// Odoo reads and writes as flows see them, over loopback against the Odoo simulator: many2one
/// values as `{id, display_name}`, dotted paths in `fields` filled from the related records,
/// a list of ids written to a many2many field as SET, `context` on calls, and `|` in a find.
@Suite("Odoo relations over loopback")
struct OdooRelationsTests {
    func withOdoo(
        _ version: OdooVersion, _ body: (OdooSimulator, any SystemClient) async throws -> Void
    ) async throws {
        let simulator = OdooSimulator(version: version)
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        let url = try await server.start()
        do {
            let client = try ConnectorClientFactory.odooClient(
                baseURL: url, database: "waybill", login: "admin", apiKey: OdooCredentials().apiKey)
            try await body(simulator, client)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("dotted paths follow many2one fields, two levels deep", arguments: [OdooVersion.v17, .v19])
    func dotted(version: OdooVersion) async throws {
        try await withOdoo(version) { simulator, client in
            let country = try simulator.instance.executeKw(model: "res.country", method: "create", args: [
                .dict(["name": .string("Wakanda"), "code": .string("WK")])]).intValue
            let partner = try simulator.instance.executeKw(model: "res.partner", method: "create", args: [
                .dict(["name": .string("Shuri"), "email": .string("shuri@example.com"),
                       "country_id": .int(try #require(country))])]).intValue
            let order = try simulator.instance.executeKw(model: "sale.order", method: "create", args: [
                .dict(["partner_id": .int(try #require(partner))])]).intValue
            let found = try await client.find(
                "sale.order", conditions: [Condition(field: "id", op: "=", value: .int(try #require(order)))],
                fields: ["name", "partner_id.email", "partner_id.country_id.code"], limit: 1, trace: CallTrace())
            let record = try #require(found.first)
            let customer = try #require(record.field("partner_id"))
            #expect(customer.field("id") == .int(try #require(partner)))
            #expect(customer.field("display_name") == .string("Shuri"))
            #expect(customer.field("email") == .string("shuri@example.com"))
            #expect(customer.field("country_id")?.field("code") == .string("WK"))
        }
    }

    @Test("a list of ids on a many2many field is written as SET; `|` finds either match")
    func setAndOr() async throws {
        try await withOdoo(.v19) { simulator, client in
            let taxes = try simulator.instance.executeKw(model: "account.tax", method: "search", args: [.array([])])
            let ids = (taxes.arrayValue ?? []).compactMap(\.intValue)
            try #require(ids.count >= 1)
            let move = try await client.create("account.move", values: [
                "move_type": .string("out_invoice"),
                "invoice_line_ids": .list([.list([.int(0), .int(0), .object([
                    "name": .string("line"), "quantity": .int(1), "price_unit": .int(10),
                    "tax_ids": .list(ids.map(Value.int))])])]),
            ], trace: CallTrace())
            let lines = try await client.find(
                "account.move.line", conditions: [Condition(field: "move_id", op: "=", value: .int(Int(move) ?? 0))],
                fields: ["id", "tax_ids"], limit: nil, trace: CallTrace())
            let line = try #require(lines.first?.field("id"))
            let lineID = try #require(line.intValue)
            try await client.update("account.move.line", id: String(lineID), values: ["tax_ids": .list([])],
                                    trace: CallTrace())
            let after = try await client.find(
                "account.move.line", conditions: [Condition(field: "id", op: "=", value: .int(lineID))],
                fields: ["tax_ids"], limit: 1, trace: CallTrace())
            #expect(after.first?.field("tax_ids") == .list([]))

            let either = try await client.find(
                "res.partner", conditions: [.prefix("|"), Condition(field: "email", op: "=", value: .string("nobody@x")),
                                            Condition(field: "id", op: "=", value: .int(lineID > 0 ? 1 : 0))],
                fields: ["id"], limit: nil, trace: CallTrace())
            #expect(either.count == 1)
        }
    }
}

extension Value {
    /// A field of an object value (tests only).
    func field(_ name: String) -> Value? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// The integer (tests only).
    var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }
}

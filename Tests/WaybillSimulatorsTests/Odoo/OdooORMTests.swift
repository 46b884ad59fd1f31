import Foundation
import Testing
@testable import WaybillSimulators

@Suite struct OdooORMTests {
    let odoo = OdooFixture()

    @Test func createReadWriteUnlink() throws {
        let id = try #require(odoo.call("res.partner", "create", [["name": "New Co", "email": "new@example.com"]]).intValue)
        var record = try odoo.read("res.partner", id, ["name", "phone", "parent_id", "child_ids", "create_date"])
        #expect(record["name"] == "New Co")
        #expect(record["phone"] == false)  // empty values are False
        #expect(record["parent_id"] == false)
        #expect(record["child_ids"] == [])
        #expect(record["create_date"] == "2026-01-01 00:00:00")
        #expect(try odoo.call("res.partner", "write", [[.int(id)], ["phone": "555"]]) == true)
        record = try odoo.read("res.partner", id, ["phone"])
        #expect(record["phone"] == "555")
        #expect(record.keys == ["id", "phone"])
        #expect(try odoo.call("res.partner", "unlink", [[.int(id)]]) == true)
        #expect(try odoo.call("res.partner", "read", [[.int(id)]]) == [])
        #expect(try odoo.call("res.partner", "unlink", [[.int(id)]]) == true)
    }

    @Test func batchCreateReturnsIds() throws {
        let ids = try odoo.call("res.partner", "create", [[["name": "A"], ["name": "B"]]])
        #expect(ids.intArray?.count == 2)
    }

    @Test func many2oneReadsAsIdAndDisplayName() throws {
        let brandon = try #require(odoo.search("res.partner", [["name", "=", "Brandon Freeman"]]).first)
        let record = try odoo.read("res.partner", brandon, ["parent_id", "display_name"])
        let parent = try #require(record["parent_id"]?.arrayValue)
        #expect(parent.count == 2 && parent[1] == "Azure Interior")
        #expect(record["display_name"] == "Azure Interior, Brandon Freeman")
    }

    @Test func writeErrorsRollBackTheWholeCall() throws {
        let deco = try #require(odoo.search("res.partner", [["name", "=", "Deco Addict"]]).first)
        #expect(throws: OdooError.self) { try odoo.call("res.partner", "write", [[.int(deco)], ["phone": "1", "nope": 2]]) }
        #expect(throws: OdooError.self) { try odoo.call("res.partner", "write", [[.int(deco), 999_999], ["phone": "1"]]) }
        #expect(try odoo.read("res.partner", deco, ["phone"])["phone"] == "(603)-996-3829")
        #expect(throws: OdooError.self) { try odoo.call("sale.order", "create", [["partner_id": 999_999]]) }
        #expect(throws: OdooError.self) { try odoo.call("stock.picking", "write", [[.int(1)], ["state": "bogus"]]) }
    }

    @Test func commandTriplesOnOne2manyAndMany2many() throws {
        let partner = try #require(odoo.search("res.partner", [["name", "=", "Deco Addict"]]).first)
        let product = try odoo.product("FURN_7777")
        let tax = try #require(odoo.search("account.tax", [["name", "=", "15%"]]).first)
        let move = try #require(odoo.call("account.move", "create", [[
            "move_type": "out_invoice", "partner_id": .int(partner), "invoice_date": "2026-01-02",
            "invoice_line_ids": [
                [0, 0, ["product_id": .int(product), "quantity": 2.0, "price_unit": 40.0, "tax_ids": [[6, 0, [.int(tax)]]]]],
                [0, 0, ["name": "Handling", "quantity": 1.0, "price_unit": 5.0]],
            ],
        ]]).intValue)
        var lines = try #require(odoo.read("account.move", move, ["invoice_line_ids"])["invoice_line_ids"]?.intArray)
        #expect(lines.count == 2)
        #expect(try odoo.read("account.move", move, ["amount_total"])["amount_total"] == 97.0)  // 80 + 12 tax + 5
        _ = try odoo.call("account.move", "write", [[.int(move)], ["invoice_line_ids": [[1, .int(lines[1]), ["price_unit": 10.0]], [2, .int(lines[0]), 0]]]])
        lines = try #require(odoo.read("account.move", move, ["invoice_line_ids"])["invoice_line_ids"]?.intArray)
        #expect(lines.count == 1)
        #expect(try odoo.read("account.move", move, ["amount_total"])["amount_total"] == 10.0)
        _ = try odoo.call("account.move", "write", [[.int(move)], ["invoice_line_ids": [[5, 0, 0]]]])
        #expect(try odoo.read("account.move", move, ["invoice_line_ids"])["invoice_line_ids"] == [])
        let line = try #require(odoo.call("sale.order.line", "search", [[]], ["limit": 1]).intArray?.first)
        _ = try odoo.call("sale.order.line", "write", [[.int(line)], ["tax_id": [[5, 0, 0], [4, .int(tax), 0]]]])
        #expect(try odoo.read("sale.order.line", line, ["tax_id"])["tax_id"] == [.int(tax)])
        _ = try odoo.call("sale.order.line", "write", [[.int(line)], ["tax_id": [[3, .int(tax), 0]]]])
        #expect(try odoo.read("sale.order.line", line, ["tax_id"])["tax_id"] == [])
    }

    @Test func writeDateIsTheTransactionStartTime() throws {
        let deco = try #require(odoo.search("res.partner", [["name", "=", "Deco Addict"]]).first)
        odoo.clock.advance(by: 3_661.7)
        _ = try odoo.call("res.partner", "write", [[.int(deco)], ["phone": "1"]])
        #expect(try odoo.read("res.partner", deco, ["write_date"])["write_date"] == "2026-01-01 01:01:01")
    }

    @Test func heldTransactionCommitsWithItsEarlierStart() throws {
        let (held, start) = odoo.instance.beginHeldTransaction()
        #expect(start == "2026-01-01 00:00:00")
        #expect(odoo.instance.queue(in: held, model: "res.partner", method: "create", args: [["name": "Slow"]], kwargs: [:]))
        odoo.clock.advance(by: 30)
        let fast = try #require(odoo.call("res.partner", "create", [["name": "Fast"]]).intValue)
        let cursor = try odoo.read("res.partner", fast, ["write_date"])["write_date"]
        #expect(try odoo.search("res.partner", [["name", "=", "Slow"]]).isEmpty)  // not visible before commit
        let committed = try odoo.instance.commitHeldTransaction(held)
        let slow = try #require(committed.first?.intValue)
        #expect(slow > fast)
        let slowStamp = try odoo.read("res.partner", slow, ["write_date"])["write_date"]
        #expect(slowStamp == "2026-01-01 00:00:00")
        #expect(cursor == "2026-01-01 00:00:30")  // committed after a later-stamped record
    }

    @Test func fieldsGetDescribesFields() throws {
        let fields = try #require(odoo.call("stock.picking", "fields_get", [], ["attributes": ["type", "string", "relation"]]).dictValue)
        #expect(fields["state"]?.dictValue?["type"] == "selection")
        #expect(fields["backorder_id"]?.dictValue?["relation"] == "stock.picking")
        #expect(fields["x_shipstation_exported"]?.dictValue?["type"] == "boolean")
        #expect(fields["state"]?.dictValue?["help"] == nil)
    }

    @Test func productTypeDependsOnVersion() throws {
        let v17 = OdooFixture(version: .v17)
        let type17 = try v17.call("product.product", "fields_get", [["type"]], ["attributes": ["selection"]])
        #expect(OdooJSONWriter.write(type17).contains("\"product\""))
        let id = try v17.product("FURN_0096")
        #expect(try v17.read("product.product", id, ["type"])["type"] == "product")
        #expect(throws: OdooError.self) { try v17.read("product.product", id, ["is_storable"]) }
        #expect(try odoo.read("product.product", odoo.product("FURN_0096"), ["is_storable"])["is_storable"] == true)
    }

    @Test func quantitiesPerWarehouseAndLocation() throws {
        let desk = try odoo.product("FURN_0096")
        #expect(try odoo.read("product.product", desk, ["qty_available"])["qty_available"] == 50.0)
        let wh2 = try odoo.call("product.product", "read", [[.int(desk)], ["qty_available"]], ["context": ["warehouse": "WH2"]])
        #expect(wh2.arrayValue?.first?.dictValue?["qty_available"] == 10.0)
        let stock = try #require(odoo.search("stock.warehouse", [["code", "=", "WH"]]).first)
        let whStock = try #require(odoo.read("stock.warehouse", stock, ["lot_stock_id"])["lot_stock_id"]?.arrayValue?.first)
        let atLocation = try odoo.call("product.product", "read", [[.int(desk)], ["free_qty"]], ["context": ["location": whStock]])
        #expect(atLocation.arrayValue?.first?.dictValue?["free_qty"] == 39.0)  // 1 reserved by S00002
    }

    @Test func privateAndUnknownMethodsAreRefused() throws {
        #expect { try odoo.call("res.partner", "_compute_display_name", [[1]]) } throws: { ($0 as? OdooError)?.faultCode == 4 }
        #expect { try odoo.call("res.partner", "no_such_method", [[1]]) } throws: { ($0 as? OdooError)?.faultCode == 1 }
        #expect { try odoo.call("no.model", "search", [[]]) } throws: { ($0 as? OdooError)?.faultCode == 2 }
        #expect { try odoo.call("res.partner", "search", [[]], ["bad": 1]) } throws: { ($0 as? OdooError)?.kind == .typeError }
    }

    @Test func messagePostCreatesAChatterMessage() throws {
        let picking = try #require(odoo.search("stock.picking", []).first)
        let message = try #require(odoo.call("stock.picking", "message_post", [[.int(picking)]], ["body": "Shipped via UPS"]).intValue)
        let record = try odoo.read("mail.message", message, ["model", "res_id", "body"])
        #expect(record["model"] == "stock.picking" && record["res_id"] == .int(picking) && record["body"] == "Shipped via UPS")
    }
}

@Suite struct OdooUnlinkTests {
    let odoo = OdooFixture()

    @Test func unlinkCascadesOrDetachesChildren() throws {
        let azure = try #require(odoo.search("res.partner", [["name", "=", "Azure Interior"]]).first)
        let order = try #require(odoo.search("sale.order", [["client_order_ref", "=", "SHOP-1001"]]).first)
        let lines = try #require(odoo.read("sale.order", order, ["order_line"])["order_line"]?.intArray)
        _ = try odoo.call("sale.order", "unlink", [[.int(order)]])
        #expect(try odoo.call("sale.order.line", "read", [.array(lines.map { .int($0) })]) == [])  // required inverse: deleted
        let contact = try #require(odoo.search("res.partner", [["name", "=", "Brandon Freeman"]]).first)
        let newCompany = try #require(odoo.call("res.partner", "create", [["name": "Tmp Co", "is_company": true, "child_ids": [[4, .int(contact), 0]]]]).intValue)
        _ = try odoo.call("res.partner", "unlink", [[.int(newCompany)]])
        #expect(try odoo.read("res.partner", contact, ["parent_id"])["parent_id"] == false)  // optional inverse: detached
        _ = azure
    }
}

import Testing
@testable import WaybillSimulators

@Suite struct OdooWorkflowTests {
    let odoo = OdooFixture()

    /// The outgoing picking of sale order `ref` (demo S00003 needs 4 desks with only 2 in stock).
    private func picking(of ref: String) throws -> Int {
        try #require(odoo.search("stock.picking", [["sale_id.client_order_ref", "=", .string(ref)]]).first)
    }

    @Test func partialValidationCreatesABackorderWithTheRest() throws {
        let picking = try picking(of: "SHOP-1003")
        try odoo.call("stock.picking", "write", [[.int(picking)], ["x_shipstation_exported": true, "carrier_tracking_ref": "1Z999"]])
        let before = try odoo.read("stock.picking", picking, ["state", "move_ids", "origin"])
        #expect(before["state"] == "assigned")
        let moves = try #require(before["move_ids"]?.intArray)
        let reserved = try moves.map { try odoo.read("stock.move", $0, ["quantity", "product_uom_qty"]) }
        #expect(reserved.map { $0["quantity"] } == [2.0, 10.0])  // only 2 of 4 desks in stock
        #expect(try odoo.call("stock.picking", "button_validate", [[.int(picking)]]) == true)
        let after = try odoo.read("stock.picking", picking, ["state", "date_done", "backorder_ids"])
        #expect(after["state"] == "done")
        #expect(after["date_done"] == "2026-01-01 00:00:00")
        let backorder = try #require(after["backorder_ids"]?.intArray?.first)
        let copy = try odoo.read("stock.picking", backorder, ["origin", "backorder_id", "x_shipstation_exported", "state", "move_ids", "picking_type_code", "carrier_tracking_ref"])
        #expect(copy["origin"] == before["origin"])
        #expect(copy["backorder_id"]?.arrayValue?.first == .int(picking))
        #expect(copy["x_shipstation_exported"] == true)
        #expect(copy["carrier_tracking_ref"] == false)
        #expect(copy["picking_type_code"] == "outgoing")
        #expect(copy["state"] == "confirmed")  // nothing left in stock for the rest
        let rest = try #require(copy["move_ids"]?.intArray)
        #expect(try rest.map { try odoo.read("stock.move", $0, ["product_uom_qty"])["product_uom_qty"] } == [2.0])
        let desk = try odoo.product("FURN_8220")
        #expect(try odoo.read("product.product", desk, ["qty_available"])["qty_available"] == 0.0)
        let line = try #require(odoo.search("sale.order.line", [["product_id", "=", .int(desk)]]).first)
        #expect(try odoo.read("sale.order.line", line, ["qty_delivered"])["qty_delivered"] == 2.0)
    }

    @Test func editedDoneQuantitiesDecideTheBackorder() throws {
        let picking = try picking(of: "SHOP-1002")
        let moves = try #require(odoo.read("stock.picking", picking, ["move_ids"])["move_ids"]?.intArray)
        try odoo.call("stock.move", "write", [.array(moves.map { .int($0) }), ["quantity": 1.0]])
        try odoo.call("stock.picking", "button_validate", [[.int(picking)]])
        let backorders = try odoo.search("stock.picking", [["backorder_id", "=", .int(picking)]])
        #expect(backorders.count == 1)
    }

    @Test func cancelBackorderContextDropsTheRest() throws {
        let picking = try picking(of: "SHOP-1003")
        try odoo.call("stock.picking", "button_validate", [[.int(picking)]], ["context": ["cancel_backorder": true]])
        #expect(try odoo.search("stock.picking", [["backorder_id", "=", .int(picking)]]).isEmpty)
    }

    @Test func wrongStatesRaiseUserErrors() throws {
        let picking = try picking(of: "SHOP-1002")
        try odoo.call("stock.picking", "button_validate", [[.int(picking)]])
        #expect { try odoo.call("stock.picking", "button_validate", [[.int(picking)]]) } throws: { ($0 as? OdooError)?.faultCode == 2 }
        #expect { try odoo.call("stock.picking", "action_cancel", [[.int(picking)]]) } throws: { ($0 as? OdooError)?.kind == .userError }
        let draftOrder = try #require(odoo.search("sale.order", [["state", "=", "draft"]]).first)
        try odoo.call("sale.order", "action_confirm", [[.int(draftOrder)]])
        #expect { try odoo.call("sale.order", "action_confirm", [[.int(draftOrder)]]) } throws: { ($0 as? OdooError)?.kind == .userError }
    }

    @Test func cancelReleasesReservations() throws {
        let picking = try picking(of: "SHOP-1002")
        let desk = try odoo.product("FURN_0096")
        #expect(try odoo.read("product.product", desk, ["free_qty"])["free_qty"] == 49.0)
        try odoo.call("stock.picking", "action_cancel", [[.int(picking)]])
        #expect(try odoo.read("stock.picking", picking, ["state"])["state"] == "cancel")
        #expect(try odoo.read("product.product", desk, ["free_qty"])["free_qty"] == 50.0)
    }

    @Test func receiptUpdatesStockAndPurchaseLines() throws {
        let receipt = try #require(odoo.search("stock.picking", [["picking_type_code", "=", "incoming"], ["state", "=", "assigned"]]).first)
        let flipover = try odoo.product("FURN_9001")
        try odoo.call("stock.picking", "button_validate", [[.int(receipt)]])
        #expect(try odoo.read("product.product", flipover, ["qty_available"])["qty_available"] == 8.0)
        let line = try #require(odoo.search("purchase.order.line", [["product_id", "=", .int(flipover)]]).first)
        #expect(try odoo.read("purchase.order.line", line, ["qty_received"])["qty_received"] == 5.0)
    }

    @Test func invoicePostingNamesAndLocks() throws {
        let customer = try #require(odoo.search("res.partner", [["name", "=", "Gemini Furniture"]]).first)
        let refund = try #require(odoo.call("account.move", "create", [[
            "move_type": "out_refund", "partner_id": .int(customer), "ref": "RMA-7",
            "invoice_line_ids": [[0, 0, ["name": "Return", "quantity": 1.0, "price_unit": 15.8]]],
        ]]).intValue)
        #expect(try odoo.read("account.move", refund, ["state", "name"]) == ["id": .int(refund), "state": "draft", "name": "/"])
        try odoo.call("account.move", "action_post", [[.int(refund)]])
        let posted = try odoo.read("account.move", refund, ["state", "name", "invoice_date", "amount_total"])
        #expect(posted["state"] == "posted" && posted["name"] == "RINV/2026/00001" && posted["invoice_date"] == "2026-01-01")
        #expect(posted["amount_total"] == 15.8)
        #expect { try odoo.call("account.move", "action_post", [[.int(refund)]]) } throws: { ($0 as? OdooError)?.faultCode == 2 }
        let empty = try #require(odoo.call("account.move", "create", [["move_type": "out_invoice", "partner_id": .int(customer)]]).intValue)
        #expect { try odoo.call("account.move", "action_post", [[.int(empty)]]) } throws: { ($0 as? OdooError)?.kind == .userError }
    }

    @Test func saleOrderAmountsAreComputed() throws {
        let order = try #require(odoo.search("sale.order", [["client_order_ref", "=", "SHOP-1001"]]).first)
        let amounts = try odoo.read("sale.order", order, ["amount_untaxed", "amount_tax", "amount_total", "name"])
        #expect(amounts["amount_untaxed"] == 281.0 && amounts["amount_tax"] == 42.15 && amounts["amount_total"] == 323.15)
        #expect(amounts["name"] == "S00001")
    }
}

import Testing
@testable import WaybillSimulators

@Suite struct OdooDomainTests {
    let odoo = OdooFixture()

    private func names(_ model: String, _ domain: OdooValue, field: String = "name") throws -> [String] {
        try odoo.call(model, "search_read", [domain], ["fields": [.string(field)], "order": "id asc"]).arrayValue?
            .compactMap { $0.dictValue?[field]?.stringValue } ?? []
    }

    @Test func implicitAndOrAndNot() throws {
        let companies = try names("res.partner", [["is_company", "=", true], ["name", "ilike", "co"]])
        #expect(companies == ["Waybill Demo Co", "Deco Addict", "Wood Corner"])
        let either = try names("res.partner", ["|", ["name", "=", "Deco Addict"], ["name", "=", "Gemini Furniture"]])
        #expect(either == ["Deco Addict", "Gemini Furniture"])
        let notCompany = try names("res.partner", ["!", ["is_company", "=", true]])
        #expect(notCompany.contains("Brandon Freeman") && !notCompany.contains("Deco Addict"))
        let nested = try names("res.partner", ["&", "|", ["name", "=", "Deco Addict"], ["name", "=", "Azure Interior"], ["email", "ilike", "deco"]])
        #expect(nested == ["Deco Addict"])
    }

    @Test func dottedPathsFollowRelations() throws {
        let azureContacts = try names("res.partner", [["parent_id.name", "=", "Azure Interior"]])
        #expect(azureContacts == ["Brandon Freeman"])
        let pickings = try odoo.search("stock.picking", [["sale_id.client_order_ref", "=", "SHOP-1002"]])
        #expect(pickings.count == 1)
        let byProduct = try odoo.search("sale.order", [["order_line.product_id.default_code", "=", "FURN_8220"]])
        #expect(byProduct.count == 1)
    }

    @Test func emptyValuesMatchFalseNotEqualAndNotIn() throws {
        let noEmail = try odoo.search("res.partner", [["phone", "=", false]])
        let withPhone = try odoo.search("res.partner", [["phone", "!=", false]])
        let all = try odoo.search("res.partner", [])
        #expect(Set(noEmail).union(withPhone) == Set(all))
        #expect(Set(noEmail).isDisjoint(with: withPhone))
        let notIn = try names("res.partner", [["ref", "not in", ["C-0001"]]])
        #expect(notIn.contains("Azure Interior"))  // ref is empty: `not in` matches it
        #expect(!notIn.contains("Deco Addict"))
        #expect(try odoo.search("res.partner", [["id", "in", []]]).isEmpty)
        #expect(try odoo.search("res.partner", [["id", "not in", []]]).count == all.count)
    }

    @Test(arguments: [
        ("ilike", "DECO", ["Deco Addict"]), ("like", "DECO", []), ("like", "Deco", ["Deco Addict"]),
        ("=ilike", "deco%", ["Deco Addict"]), ("=like", "Deco_Addict", ["Deco Addict"]), ("not ilike", "e", ["OdooBot"]),
    ])
    func likeOperators(op: String, value: String, expected: [String]) throws {
        let domain: OdooValue = [["name", .string(op), .string(value)], ["id", "!=", 1]]
        #expect(try names("res.partner", domain) == expected)
    }

    @Test func comparisonsAndEqualIfSet() throws {
        let heavy = try names("product.product", [["weight", ">", 20]])
        #expect(heavy == ["Customizable Desk", "Desk Combination", "Four Person Desk"])
        #expect(try names("product.product", [["weight", ">=", 48]]) == ["Four Person Desk"])
        #expect(try odoo.search("product.product", [["weight", "=?", false]]).count == odoo.search("product.product", []).count)
    }

    @Test func archivedRecordsAreHiddenUnlessActiveIsNamed() throws {
        #expect(try !names("res.partner", []).contains("Old Customer"))
        #expect(try names("res.partner", [["active", "=", false]]) == ["Old Customer"])
        let withContext = try odoo.call("res.partner", "search_count", [[["name", "=", "Old Customer"]]], ["context": ["active_test": false]])
        #expect(withContext == 1)
    }

    @Test func childOfFollowsTheLocationTree() throws {
        let wh = try #require(odoo.search("stock.location", [["name", "=", "WH"]]).first)
        let under = try names("stock.location", [["id", "child_of", .int(wh)]], field: "complete_name")
        #expect(under == ["WH", "WH/Stock", "WH/Stock/Shelf 1"])
        let quants = try odoo.search("stock.quant", [["location_id", "child_of", .int(wh)]])
        #expect(quants.count == 9)
    }

    @Test func invalidDomainsAndFieldsAreErrors() throws {
        #expect(throws: OdooError.self) { try odoo.search("res.partner", [["nope", "=", 1]]) }
        #expect(throws: OdooError.self) { try odoo.search("res.partner", [["name", "~", "x"]]) }
        #expect(throws: OdooError.self) { try odoo.search("res.partner", ["|", ["name", "=", "x"]]) }
    }

    @Test func orderLimitAndOffset() throws {
        let byWeight = try odoo.call("product.product", "search_read", [[["weight", ">", 0]]], [
            "fields": ["default_code"], "order": "weight desc, id asc", "limit": 3, "offset": 1,
        ])
        let codes = byWeight.arrayValue?.compactMap { $0.dictValue?["default_code"]?.stringValue }
        #expect(codes == ["FURN_7800", "FURN_0096", "FURN_1118"])
        let names = try odoo.call("res.partner", "search_read", [[["is_company", "=", true]]], ["fields": ["name"], "order": "name asc"])
        let sorted = names.arrayValue?.compactMap { $0.dictValue?["name"]?.stringValue } ?? []
        #expect(sorted == sorted.sorted())
        #expect(throws: OdooError.self) { try odoo.search("res.partner", [], ["order": "bogus desc"]) }
        #expect(try odoo.search("res.partner", [], ["limit": 0]).count == odoo.search("res.partner", []).count)
    }
}

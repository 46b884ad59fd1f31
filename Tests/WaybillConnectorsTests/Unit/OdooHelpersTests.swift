import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct OdooBaseURLTests {
    @Test(arguments: [
        ("https://acme.odoo.com", "https://acme.odoo.com", OdooBaseURL.Hosting.online(subdomain: "acme")),
        ("https://ACME.odoo.com/", "https://acme.odoo.com", .online(subdomain: "acme")),
        ("https://acme-staging-123.dev.odoo.com", "", .selfHosted),
        ("https://acme.odoo.sh", "https://acme.odoo.sh", .odooSH(subdomain: "acme")),
        ("https://erp.example.com", "https://erp.example.com", .selfHosted),
        ("https://erp.example.com:8069/odoo-prefix/", "https://erp.example.com:8069/odoo-prefix", .selfHosted),
        ("http://localhost:8069", "http://localhost:8069", .loopback),
        ("http://127.0.0.1:18069", "http://127.0.0.1:18069", .loopback),
        ("http://[::1]:8069", "http://[::1]:8069", .loopback),
    ])
    func accepted(text: String, normalised: String, hosting: OdooBaseURL.Hosting) throws {
        if normalised.isEmpty {
            // Nested subdomains under odoo.com are not Odoo Online databases.
            #expect(throws: OdooBaseURL.Invalid.self) { try OdooBaseURL(text) }
            return
        }
        let url = try OdooBaseURL(text)
        #expect(url.url.absoluteString == normalised)
        #expect(url.hosting == hosting)
    }

    @Test(arguments: [
        ("http://erp.example.com", "use https"), ("ftp://erp.example.com", "scheme 'ftp'"), ("erp.example.com", "not an absolute URL"),
        ("https://acme.odoo.com/odoo", "must not have a path"), ("https://odoo.com", "https://<database>.odoo.com"),
        ("https://erp.example.com/?db=x", "query"), ("https://admin:pw@erp.example.com", "user or password"),
        ("http://192.168.1.5:8069", "use https"),
    ])
    func refusedWithClearMessage(text: String, fragment: String) {
        let error = #expect(throws: OdooBaseURL.Invalid.self) { try OdooBaseURL(text) }
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("pw") != true)
    }
}

@Suite struct OdooValueHelperTests {
    @Test func commandTriples() throws {
        let commands = OdooCommand.list([.create(["product_id": 12, "quantity": 2]), .update(5, ["name": "x"]), .delete(6), .unlink(7), .link(8), .clear, .set([1, 2])])
        let expected: JSONValue = [[0, 0, ["product_id": 12, "quantity": 2]], [1, 5, ["name": "x"]], [2, 6, 0], [3, 7, 0], [4, 8, 0], [5, 0, 0], [6, 0, [1, 2]]]
        #expect(commands == expected)
    }

    @Test func many2oneNormalisation() {
        #expect(OdooValues.many2one([7, "Azure Interior"]) == OdooValues.Reference(id: 7, name: "Azure Interior"))
        #expect(OdooValues.many2one(.int(7)) == OdooValues.Reference(id: 7, name: ""))
        #expect(OdooValues.many2one(false) == nil)
        #expect(OdooValues.many2one(nil) == nil)
        let record: [String: JSONValue] = ["partner_id": [7, "Azure"], "email": false, "active": false, "tag_ids": [1, 2], "name": "SO1"]
        let normalised = OdooValues.normalise(record, booleanFields: ["active"])
        #expect(normalised == ["partner_id": 7, "email": nil, "active": false, "tag_ids": [1, 2], "name": "SO1"])
    }

    @Test func cursorDomainAndOrder() {
        let cursor = OdooCursor(writeDate: "2024-05-01 12:00:00", id: 41)
        #expect(cursor.afterDomain == ["|", ["write_date", ">", "2024-05-01 12:00:00"], "&", ["write_date", "=", "2024-05-01 12:00:00"], ["id", ">", 41]])
        #expect(OdooCursor(writeDate: "2024-05-01 12:00:00", id: 41) < OdooCursor(writeDate: "2024-05-01 12:00:00", id: 42))
        #expect(OdooCursor(writeDate: "2024-05-01 12:00:00", id: 99) < OdooCursor(writeDate: "2024-05-01 12:00:01", id: 1))
    }
}

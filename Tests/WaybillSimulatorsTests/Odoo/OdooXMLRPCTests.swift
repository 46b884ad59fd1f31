import Foundation
import Testing
@testable import WaybillSimulators

@Suite struct OdooXMLRPCTests {
    let odoo = OdooFixture()
    var http: OdooHTTPHandler { OdooHTTPHandler(instance: odoo.instance) }

    /// A `<methodCall>` the way Python's `xmlrpc.client` writes it.
    static func methodCall(_ method: String, _ params: [String]) -> String {
        "<?xml version='1.0'?>\n<methodCall>\n<methodName>\(method)</methodName>\n<params>\n"
            + params.map { "<param>\n<value>\($0)</value>\n</param>\n" }.joined() + "</params>\n</methodCall>\n"
    }

    static let auth = ["<string>waybill</string>", "<int>2</int>", "<string>admin</string>"]

    @Test func versionHasTheDocumentedShape() throws {
        let response = try #require(http.post("/xmlrpc/2/common", Self.methodCall("version", [])))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/xml; charset=utf-8")
        #expect(response.text.contains("<member>\n<name>server_version</name>\n<value><string>19.0</string></value>\n</member>"))
        #expect(response.text.contains("<value><array><data>\n<value><int>19</int></value>\n<value><int>0</int></value>\n<value><int>0</int></value>\n<value><string>final</string></value>\n<value><int>0</int></value>\n<value><string></string></value>\n</data></array></value>"))
    }

    @Test func authenticateReturnsUidOrFalse() throws {
        let good = try #require(http.post("/xmlrpc/2/common", Self.methodCall("authenticate", ["<string>waybill</string>", "<string>admin</string>", "<string>admin</string>", "<struct></struct>"])))
        #expect(good.text.contains("<value><int>2</int></value>"))
        let key = try #require(http.post("/xmlrpc/2/common", Self.methodCall("authenticate", ["<string>waybill</string>", "<string>admin</string>", "<string>\(odoo.instance.credentials.apiKey)</string>", "<struct></struct>"])))
        #expect(key.text.contains("<value><int>2</int></value>"))
        let bad = try #require(http.post("/xmlrpc/2/common", Self.methodCall("authenticate", ["<string>waybill</string>", "<string>admin</string>", "<string>nope</string>", "<struct></struct>"])))
        #expect(bad.text.contains("<value><boolean>0</boolean></value>"))
    }

    @Test func badPasswordIsFaultThreeWithHTTP200() throws {
        let body = Self.methodCall("execute_kw", ["<string>waybill</string>", "<int>2</int>", "<string>wrong</string>", "<string>res.partner</string>", "<string>search</string>", "<array><data><value><array><data></data></array></value></data></array>"])
        let response = try #require(http.post("/xmlrpc/2/object", body))
        #expect(response.status == 200)
        #expect(response.text == "<?xml version=\"1.0\"?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n<value><int>3</int></value>\n</member>\n<member>\n<name>faultString</name>\n<value><string>Access Denied</string></value>\n</member>\n</struct></value>\n</fault>\n</methodResponse>")
    }

    @Test(arguments: [
        ("<string>res.partner</string>", "<string>write</string>", "<array><data><value><array><data><value><int>1</int></value></data></array></value><value><struct><member><name>bogus</name><value><int>1</int></value></member></struct></value></data></array>", 1),
        ("<string>stock.picking</string>", "<string>_private</string>", "<array><data></data></array>", 4),
        ("<string>no.model</string>", "<string>search</string>", "<array><data></data></array>", 2),
    ])
    func faultCodes(model: String, method: String, args: String, code: Int) throws {
        let body = Self.methodCall("execute_kw", Self.auth + [model, method, args])
        let response = try #require(http.post("/xmlrpc/2/object", body))
        #expect(response.status == 200)
        #expect(response.text.contains("<name>faultCode</name>\n<value><int>\(code)</int></value>"))
    }

    @Test func executeKwRoundTripsDomainsAndKwargs() throws {
        let domain = "<array><data><value><array><data><value><array><data><value><string>is_company</string></value><value><string>=</string></value><value><boolean>1</boolean></value></data></array></value></data></array></value></data></array>"
        let kwargs = "<struct><member><name>fields</name><value><array><data><value><string>name</string></value></data></array></value></member><member><name>limit</name><value><int>2</int></value></member><member><name>order</name><value><string>name asc</string></value></member></struct>"
        let response = try #require(http.post("/xmlrpc/2/object", Self.methodCall("execute_kw", Self.auth + ["<string>res.partner</string>", "<string>search_read</string>", domain, kwargs])))
        let call = try XMLRPCCall.decode(Data(response.text.replacingOccurrences(of: "methodResponse", with: "methodCall").replacingOccurrences(of: "<params>", with: "<methodName>r</methodName><params>").utf8))
        let rows = try #require(call.params.first?.arrayValue)
        #expect(rows.map { $0.dictValue?["name"] } == ["Azure Interior", "Deco Addict"])
    }

    @Test func decoderReadsEveryValueType() throws {
        let xml = Self.methodCall("m", ["<i4>-3</i4>", "<boolean>0</boolean>", "<double>1.5</double>", "plain", "<string>a &amp; b</string>", "<nil/>", "<dateTime.iso8601>20240501T12:00:00</dateTime.iso8601>", "<struct><member><name>k</name><value><array><data><value><int>1</int></value></data></array></value></member></struct>"])
        let call = try XMLRPCCall.decode(Data(xml.utf8))
        #expect(call.params == [-3, false, 1.5, "plain", "a & b", .none, "2024-05-01 12:00:00", ["k": [1]]])
        #expect(throws: XMLRPCCall.Malformed.self) { try XMLRPCCall.decode(Data("<methodCall><oops".utf8)) }
    }

    @Test func wrongVerbAndUnknownServiceAreHTTPErrors() throws {
        #expect(http.handle(OdooHTTPRequest(method: "GET", path: "/xmlrpc/2/object"))?.status == 405)
        #expect(http.post("/xmlrpc/2/nope", "")?.status == 404)
        let garbage = try #require(http.post("/xmlrpc/2/object", "not xml"))
        #expect(garbage.status == 200 && garbage.text.contains("<int>1</int>"))
    }
}

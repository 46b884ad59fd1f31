import Testing
@testable import WaybillSimulators

@Suite struct OdooJSON2Tests {
    let odoo = OdooFixture()
    var http: OdooHTTPHandler { OdooHTTPHandler(instance: odoo.instance) }
    var headers: [String: String] {
        ["Authorization": "bearer \(odoo.instance.credentials.apiKey)", "Content-Type": "application/json", "X-Odoo-Database": "waybill"]
    }

    private func json(_ response: OdooHTTPResponse?) throws -> OdooValue {
        try OdooJSONParser.parse(try #require(response).body)
    }

    @Test func searchReadWithNamedArguments() throws {
        let response = try #require(http.post("/json/2/res.partner/search_read", #"{"domain": [["is_company", "=", true]], "fields": ["name"], "limit": 2, "order": "name"}"#, headers: headers))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(try json(response).arrayValue?.compactMap { $0.dictValue?["name"] } == ["Azure Interior", "Deco Addict"])
    }

    @Test func idsAndContextAtTopLevel() throws {
        let response = http.post("/json/2/res.partner/read", #"{"ids": [3], "context": {"lang": "en_US"}, "fields": ["name"]}"#, headers: headers)
        #expect(try json(response) == [["id": 3, "name": "Mitchell Admin"]])
        let created = try json(http.post("/json/2/res.partner/create", #"{"vals_list": [{"name": "J2"}]}"#, headers: headers))
        #expect(created.intArray?.count == 1)
        let single = try json(http.post("/json/2/res.partner/create", #"{"vals_list": {"name": "J3"}}"#, headers: headers))
        #expect(single.intArray?.count == 1)  // a recordset comes back as a list of ids
    }

    @Test func earlyArgsKwargsShapeIsAccepted() throws {
        let response = http.post("/json/2/res.partner/search_count", #"{"args": [[["is_company", "=", true]]], "kwargs": {}}"#, headers: headers)
        #expect(try json(response) == 5)
    }

    @Test(arguments: [
        ("/json/2/res.partner/search", #"{"domain": []}"#, "bearer wrong", 401, "werkzeug.exceptions.Unauthorized", "Invalid apikey"),
        ("/json/2/no.model/search", #"{"domain": []}"#, nil, 404, "werkzeug.exceptions.NotFound", "the model 'no.model' does not exist"),
        ("/json/2/res.partner/nope", #"{}"#, nil, 404, "werkzeug.exceptions.NotFound", "the method 'nope' does not exist on the model 'res.partner'"),
        ("/json/2/res.partner/_private", #"{}"#, nil, 403, "odoo.exceptions.AccessError", "Private methods (such as '_private') cannot be called remotely."),
        ("/json/2/res.partner/search", #"{"domain": [], "badparameter": 1}"#, nil, 422, "werkzeug.exceptions.UnprocessableEntity", "search() got an unexpected keyword argument 'badparameter'"),
        ("/json/2/res.partner/search", #"{"ids": [1], "domain": []}"#, nil, 422, "werkzeug.exceptions.UnprocessableEntity", "cannot call res.partner.search with ids"),
        ("/json/2/account.move/action_post", #"{"ids": [1]}"#, nil, 422, "odoo.exceptions.UserError", "The entry INV/2026/00001 (id 1) is already posted."),
        ("/json/2/stock.picking/button_validate", #"{"ids": [999]}"#, nil, 404, "odoo.exceptions.MissingError", nil),
    ] as [(String, String, String?, Int, String, String?)])
    func errorsHaveStatusAndBody(path: String, body: String, auth: String?, status: Int, name: String, message: String?) throws {
        var requestHeaders = headers
        if let auth { requestHeaders["Authorization"] = auth }
        let response = try #require(http.post(path, body, headers: requestHeaders))
        #expect(response.status == status)
        let error = try #require(try json(response).dictValue)
        #expect(error["name"] == .string(name))
        if let message { #expect(error["message"] == .string(message)) }
        #expect(error.keys.sorted() == ["arguments", "context", "debug", "message", "name"])
        if status == 401 { #expect(response.headers["WWW-Authenticate"] == "bearer") }
    }

    @Test func badJSONAndWrongVerb() throws {
        let bad = try #require(http.post("/json/2/res.partner/search", "{not json", headers: headers))
        #expect(bad.status == 400)
        #expect(try json(bad).dictValue?["message"]?.stringValue?.hasPrefix("could not parse the body as json") == true)
        let get = try #require(http.handle(OdooHTTPRequest(method: "GET", path: "/json/2/res.partner/search", headers: headers)))
        #expect(get.status == 405)
    }

    @Test func versionSwitchHidesJSON2On17() throws {
        #expect(try json(http.handle(OdooHTTPRequest(method: "GET", path: "/web/version"))) == ["version_info": [19, 0, 0, "final", 0, ""], "version": "19.0"])
        odoo.instance.reset(version: .v17)
        #expect(http.handle(OdooHTTPRequest(method: "GET", path: "/web/version")) == nil)
        #expect(http.post("/json/2/res.partner/search", #"{"domain": []}"#, headers: headers) == nil)
        let info = try json(http.post("/web/webclient/version_info", #"{"jsonrpc":"2.0","method":"call","params":{},"id":1}"#))
        #expect(info.dictValue?["result"]?.dictValue?["server_version"] == "17.0")
        #expect(info.dictValue?["id"] == 1)
    }

    @Test func jsonrpcServiceCalls() throws {
        let body = #"{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["waybill",2,"admin","res.partner","search_count",[[["is_company","=",true]]]]},"id":7}"#
        #expect(try json(http.post("/jsonrpc", body)).dictValue?["result"] == 5)
        let denied = #"{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["waybill",2,"bad","res.partner","search_count",[[]]]},"id":8}"#
        #expect(try json(http.post("/jsonrpc", denied)).dictValue?["error"]?.dictValue?["data"]?.dictValue?["name"] == "odoo.exceptions.AccessDenied")
    }
}

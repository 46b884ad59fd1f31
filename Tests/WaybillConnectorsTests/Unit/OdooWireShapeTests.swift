import Foundation
import Testing
@testable import WaybillConnectors

/// What the Odoo adapter puts on the wire for each ORM call, per protocol.
@Suite struct OdooWireShapeTests {
    private func json2Client(_ transport: RecordingTransport) throws -> OdooClient {
        let connection = OdooConnection(baseURL: try OdooBaseURL("https://acme.odoo.com"), database: "acme", login: "bot", apiKey: "k", protocolOverride: .json2)
        return OdooClient(connection: connection, transport: transport)
    }

    private func bodies(_ transport: RecordingTransport) throws -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for request in transport.requests where request.url.path.hasPrefix("/json/2/") {
            result[request.url.path] = try JSONValue.parse(request.body ?? Data())
        }
        return result
    }

    @Test func json2SendsNamedArguments() async throws {
        let transport = RecordingTransport { request in
            switch request.url.lastPathComponent {
            case "context_get": return .json(#"{"uid":2}"#)
            case "search_count": return .json("3")
            case "create": return .json("[10,11]")
            case "fields_get": return .json(#"{"name":{"type":"char"}}"#)
            case "search": return .json("[1,2]")
            case "read", "search_read": return .json(#"[{"id":1}]"#)
            default: return .json("true")
            }
        }
        let odoo = try json2Client(transport)
        _ = try await odoo.searchRead("res.partner", domain: [["is_company", "=", true]], fields: ["name"], limit: 80, order: "id asc")
        _ = try await odoo.read("res.partner", ids: [3, 4], fields: ["name"])
        _ = try await odoo.search("res.partner", domain: [], limit: 5)
        #expect(try await odoo.searchCount("res.partner") == 3)
        #expect(try await odoo.create("res.partner", records: [["name": "A"], ["name": "B"]]) == [10, 11])
        try await odoo.write("res.partner", ids: [3], values: ["name": "C"])
        try await odoo.unlink("res.partner", ids: [4])
        _ = try await odoo.call("stock.picking", method: "button_validate", ids: [7], kwargs: ["context": ["lang": "en_US"]])
        #expect(try await odoo.fieldsGet("res.partner", attributes: ["type"]) == ["name": ["type": "char"]])
        let sent = try bodies(transport)
        #expect(sent["/json/2/res.partner/search_read"] == ["domain": [["is_company", "=", true]], "fields": ["name"], "limit": 80, "offset": 0, "order": "id asc"])
        #expect(sent["/json/2/res.partner/read"] == ["ids": [3, 4], "fields": ["name"]])
        #expect(sent["/json/2/res.partner/search"] == ["domain": [], "limit": 5, "offset": 0])
        #expect(sent["/json/2/res.partner/search_count"] == ["domain": []])
        #expect(sent["/json/2/res.partner/create"] == ["vals_list": [["name": "A"], ["name": "B"]]])
        #expect(sent["/json/2/res.partner/write"] == ["ids": [3], "vals": ["name": "C"]])
        #expect(sent["/json/2/res.partner/unlink"] == ["ids": [4]])
        #expect(sent["/json/2/stock.picking/button_validate"] == ["ids": [7], "context": ["lang": "en_US"]])
        #expect(sent["/json/2/res.partner/fields_get"] == ["attributes": ["type"]])
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers["Authorization"] == "bearer k")
        #expect(headers["X-Odoo-Database"] == "acme")
        #expect(headers["Content-Type"] == "application/json")
    }

    @Test func xmlRPCSendsDocumentedPositionalForms() async throws {
        let transport = RecordingTransport { request in
            let call = try XMLRPCDecoder.call(request.body ?? Data())
            let answer: XMLRPCValue = call.method == "authenticate" ? .int(2) : .bool(true)
            return HTTPResponse(status: 200, headers: ["Content-Type": "text/xml"], body: XMLRPCEncoder.methodResponse(answer))
        }
        let connection = OdooConnection(baseURL: try OdooBaseURL("https://erp.example.com"), database: "acme", login: "bot", apiKey: "k", protocolOverride: .xmlRPC)
        let odoo = OdooClient(connection: connection, transport: transport)
        try await odoo.write("sale.order", ids: [5], values: ["order_line": OdooCommand.list([.create(["product_id": 12])])])
        let calls = try transport.requests.map { try XMLRPCDecoder.call($0.body ?? Data()) }
        #expect(calls.map(\.method) == ["authenticate", "execute_kw"])
        #expect(calls[0].params == [.string("acme"), .string("bot"), .string("k"), .structure([:])])
        #expect(calls[1].params == [
            .string("acme"), .int(2), .string("k"), .string("sale.order"), .string("write"),
            .array([.array([.int(5)]), .structure(["order_line": .array([.array([.int(0), .int(0), .structure(["product_id": .int(12)])])])])]),
            .structure([:]),
        ])
        #expect(transport.requests.map(\.url.path) == ["/xmlrpc/2/common", "/xmlrpc/2/object"])
    }
}

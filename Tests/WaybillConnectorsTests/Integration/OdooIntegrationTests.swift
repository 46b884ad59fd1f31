import Foundation
import Hummingbird
import Testing
@testable import WaybillConnectors

/// A tiny Odoo stand-in: partners with `(write_date, id)`, XML-RPC for 17.0, JSON-2 for 19.0.
private struct FakeOdoo: Sendable {
    static let partners: [[String: JSONValue]] = (1...7).map { id in
        ["id": .int(id), "name": .string("Partner \(id)"), "write_date": .string(id <= 4 ? "2024-05-01 10:00:00" : "2024-05-02 09:00:00"),
         "parent_id": id == 3 ? [1, "Partner 1"] : false]
    }
    let major: Int
    let calls = Locked<[String]>([])

    /// The records after an optional cursor domain, ordered by (write_date, id), honouring limit/offset.
    static func searchRead(domain: JSONValue?, limit: Int?, offset: Int) -> [JSONValue] {
        var rows = partners.sorted { (($0["write_date"]?.stringValue ?? ""), $0["id"]?.intValue ?? 0) < (($1["write_date"]?.stringValue ?? ""), $1["id"]?.intValue ?? 0) }
        if let terms = domain?.arrayValue, terms.count >= 5, let date = terms[1].arrayValue?[2].stringValue, let id = terms[4].arrayValue?[2].intValue {
            rows = rows.filter { row in
                let rowDate = row["write_date"]?.stringValue ?? ""
                return rowDate > date || (rowDate == date && (row["id"]?.intValue ?? 0) > id)
            }
        }
        let page = rows.dropFirst(offset).prefix(limit ?? rows.count)
        return page.map { JSONValue.object($0) }
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        let major = self.major
        let calls = self.calls
        router.get("/web/version") { _, _ -> Response in
            guard major >= 19 else { return Response(status: .notFound) }
            return jsonResponse(#"{"version_info":[\#(major),0,0,"final",0,""],"version":"\#(major).0"}"#)
        }
        router.post("/xmlrpc/2/{service}") { request, context -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let (method, params) = try XMLRPCDecoder.call(Data(body.readableBytesView))
            calls.withLock { $0.append("\(context.parameters.get("service") ?? "").\(method)") }
            let result: Data
            switch method {
            case "version":
                result = XMLRPCEncoder.methodResponse(.structure(["server_version": .string("\(major).0"), "server_version_info": .array([.int(major), .int(0), .int(0), .string("final"), .int(0), .string("")])]))
            case "authenticate":
                result = XMLRPCEncoder.methodResponse(params[2] == .string("good-key") ? .int(2) : .bool(false))
            case "execute_kw":
                guard params[2] == .string("good-key") else {
                    result = XMLRPCEncoder.fault(code: .int(3), message: "Access Denied")
                    break
                }
                let args = params[5].json.arrayValue ?? []
                let kwargs = params[6].json
                switch params[4] {
                case .string("search_read"):
                    let rows = FakeOdoo.searchRead(domain: args.first, limit: kwargs["limit"]?.intValue, offset: kwargs["offset"]?.intValue ?? 0)
                    result = XMLRPCEncoder.methodResponse(XMLRPCValue(json: .array(rows)))
                case .string("create"):
                    let count = args.first?.arrayValue?.count ?? 0
                    result = XMLRPCEncoder.methodResponse(.array((0..<count).map { .int(100 + $0) }))
                case .string("write"):
                    result = XMLRPCEncoder.fault(code: .int(2), message: "The operation cannot be completed: missing required field")
                default:
                    result = XMLRPCEncoder.fault(code: .int(1), message: "Traceback (most recent call last):\nAttributeError: no method")
                }
            default:
                result = XMLRPCEncoder.fault(code: .int(1), message: "unknown method")
            }
            return Response(status: .ok, headers: [.contentType: "text/xml"], body: .init(byteBuffer: ByteBuffer(bytes: result)))
        }
        router.post("/json/2/{model}/{method}") { request, context -> Response in
            let method = context.parameters.get("method") ?? ""
            calls.withLock { $0.append("json2.\(context.parameters.get("model") ?? "").\(method)") }
            guard request.headers[.authorization] == "bearer good-key", request.headers[field("X-Odoo-Database")] == "acme" else {
                return jsonResponse(#"{"name":"werkzeug.exceptions.Unauthorized","message":"Invalid apikey","arguments":["Invalid apikey",401],"context":{},"debug":""}"#, status: 401)
            }
            let body = try JSONValue.parse(Data(try await request.body.collect(upTo: 1 << 20).readableBytesView))
            switch method {
            case "context_get": return jsonResponse(#"{"uid":2,"lang":"en_US","tz":"UTC"}"#)
            case "search_read":
                let rows = FakeOdoo.searchRead(domain: body["domain"], limit: body["limit"]?.intValue, offset: body["offset"]?.intValue ?? 0)
                return jsonResponse(String(decoding: try JSONValue.array(rows).serialized(), as: UTF8.self))
            case "write":
                return jsonResponse(#"{"name":"odoo.exceptions.LockError","message":"could not obtain lock","arguments":[],"context":{},"debug":""}"#, status: 409)
            default:
                return jsonResponse(#"{"name":"odoo.exceptions.ValidationError","message":"bad value","arguments":[],"context":{},"debug":""}"#, status: 422)
            }
        }
        return router
    }
}

private func client(_ base: URL, key: String = "good-key", override: OdooProtocol? = nil) throws -> OdooClient {
    let connection = OdooConnection(baseURL: try OdooBaseURL(base.absoluteString), database: "acme", login: "bot", apiKey: Secret(key), protocolOverride: override)
    return OdooClient(connection: connection, transport: loopbackTransport())
}

private func drain(_ stream: AsyncThrowingStream<[[String: JSONValue]], any Error>) async throws -> [[Int]] {
    var batches: [[Int]] = []
    for try await batch in stream { batches.append(batch.compactMap { $0["id"]?.intValue }) }
    return batches
}

@Suite struct OdooIntegrationTests {
    @Test func xmlRPCBeforeNineteen() async throws {
        let fake = FakeOdoo(major: 17)
        try await withLoopbackServer(fake.router()) { base in
            let odoo = try client(base)
            #expect(try await odoo.serverVersion().major == 17)
            #expect(try await odoo.activeProtocol() == .xmlRPC)
            #expect(try await odoo.userID() == 2)
            let rows = try await odoo.searchRead("res.partner", fields: ["name", "parent_id"], limit: 2)
            #expect(rows.map { $0["name"] } == ["Partner 1", "Partner 2"])
            #expect(try await odoo.create("res.partner", records: [["name": "A"], ["name": "B"]]) == [100, 101])
            let error = await #expect(throws: ConnectorError.self) { try await odoo.write("res.partner", ids: [1], values: ["name": "x"]) }
            #expect(error?.category == .validation)
            #expect(error?.disposition == .permanent)
            #expect(fake.calls.withLock { $0 }.prefix(2) == ["common.version", "common.authenticate"])
        }
    }

    @Test func cursorBatchesWalkTiesOnWriteDate() async throws {
        let fake = FakeOdoo(major: 17)
        try await withLoopbackServer(fake.router()) { base in
            let odoo = try client(base)
            let all = try await drain(odoo.searchReadBatches("res.partner", fields: ["name"], batchSize: 3, mode: .cursor(after: nil)))
            #expect(all == [[1, 2, 3], [4, 5, 6], [7]])
            let resumed = try await drain(odoo.searchReadBatches("res.partner", batchSize: 3, mode: .cursor(after: OdooCursor(writeDate: "2024-05-01 10:00:00", id: 2))))
            #expect(resumed == [[3, 4, 5], [6, 7]])
            let byOffset = try await drain(odoo.searchReadBatches("res.partner", batchSize: 4, mode: .offset(order: "id asc")))
            #expect(byOffset == [[1, 2, 3, 4], [5, 6, 7]])
        }
    }

    @Test func badKeyIsPermanentAuthenticationFailure() async throws {
        try await withLoopbackServer(FakeOdoo(major: 17).router()) { base in
            let odoo = try client(base, key: "wrong-key-value")
            let error = await #expect(throws: ConnectorError.self) { _ = try await odoo.userID() }
            #expect(error?.category == .authentication)
            #expect(error?.description.contains("wrong-key-value") == false)
        }
    }

    @Test func json2FromNineteen() async throws {
        let fake = FakeOdoo(major: 19)
        try await withLoopbackServer(fake.router()) { base in
            let odoo = try client(base)
            #expect(try await odoo.activeProtocol() == .json2)
            #expect(try await odoo.userID() == 2)
            let rows = try await odoo.searchRead("res.partner", fields: ["name"], limit: 3, offset: 2)
            #expect(rows.compactMap { $0["id"]?.intValue } == [3, 4, 5])
            let lock = await #expect(throws: ConnectorError.self) { try await odoo.write("res.partner", ids: [1], values: ["name": "x"]) }
            #expect(lock?.isRetryable == true)
            #expect(lock?.category == .concurrency)
            let invalid = await #expect(throws: ConnectorError.self) { _ = try await odoo.call("res.partner", method: "action_x", ids: [1]) }
            #expect(invalid?.disposition == .permanent)
            #expect(fake.calls.withLock { $0 }.allSatisfy { $0.hasPrefix("json2.") })
        }
    }

    @Test func protocolOverrideForcesXMLRPCOnNineteen() async throws {
        let fake = FakeOdoo(major: 19)
        try await withLoopbackServer(fake.router()) { base in
            let odoo = try client(base, override: .xmlRPC)
            #expect(try await odoo.searchRead("res.partner", limit: 1).count == 1)
            #expect(fake.calls.withLock { $0 } == ["common.authenticate", "object.execute_kw"])
        }
    }

    @Test func json2BadKeyIsPermanent() async throws {
        try await withLoopbackServer(FakeOdoo(major: 19).router()) { base in
            let odoo = try client(base, key: "nope")
            let error = await #expect(throws: ConnectorError.self) { _ = try await odoo.userID() }
            #expect(error?.category == .authentication)
            #expect(error?.status == 401)
        }
    }
}

import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct XMLRPCCodecTests {
    static let samples: [XMLRPCValue] = [
        .int(42), .int(-7), .int(5_000_000_000), .bool(true), .bool(false), .string(""), .string("plain"),
        .string("a < b && c > d \"quoted\" 'single'"), .string("Ünïcødé ✓ 日本語 🚚"), .string("line1\nline2\r\nline3\ttab"),
        .double(3.25), .double(-0.001), .double(1e20), .dateTime("20240501T12:00:00"), .base64(Data([0, 1, 2, 255, 128])),
        .nil, .array([]), .array([.int(1), .string("two"), .array([.bool(false)])]), .structure([:]),
        .structure(["name": .string("Deco Addict"), "partner_id": .array([.int(7), .string("Azure <Interior>")]),
            "nested": .structure(["deeper": .structure(["x": .double(1.5), "tags": .array([.string("&amp;")])])])]),
    ]

    @Test(arguments: samples)
    func responseRoundTrip(value: XMLRPCValue) throws {
        let decoded = try XMLRPCDecoder.response(XMLRPCEncoder.methodResponse(value))
        #expect(decoded == .params([value]))
    }

    @Test func callRoundTrip() throws {
        let params: [XMLRPCValue] = [.string("db"), .int(2), .string("key"), .string("res.partner"), .string("search_read"),
            .array([.array([.array([.string("is_company"), .string("="), .bool(true)])])]), .structure(["limit": .int(5)])]
        let decoded = try XMLRPCDecoder.call(XMLRPCEncoder.methodCall("execute_kw", params: params))
        #expect(decoded.method == "execute_kw")
        #expect(decoded.params == params)
    }

    @Test func decodesOdooFaultBody() throws {
        let body = "<?xml version=\"1.0\"?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n<value><int>3</int></value>\n</member>\n<member>\n<name>faultString</name>\n<value><string>Access Denied</string></value>\n</member>\n</struct></value>\n</fault>\n</methodResponse>"
        #expect(try XMLRPCDecoder.response(Data(body.utf8)) == .fault(code: .int(3), message: "Access Denied"))
    }

    @Test func faultRoundTrip() throws {
        let data = XMLRPCEncoder.fault(code: .int(2), message: "The operation cannot be completed: <field> & more")
        #expect(try XMLRPCDecoder.response(data) == .fault(code: .int(2), message: "The operation cannot be completed: <field> & more"))
    }

    @Test func decodesPythonVersionAnswer() throws {
        let body = "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n<member>\n<name>server_version</name>\n<value><string>19.0</string></value>\n</member>\n<member>\n<name>server_version_info</name>\n<value><array><data>\n<value><int>19</int></value>\n<value><int>0</int></value>\n<value><int>0</int></value>\n<value><string>final</string></value>\n<value><int>0</int></value>\n<value><string></string></value>\n</data></array></value>\n</member>\n<member>\n<name>protocol_version</name>\n<value><int>1</int></value>\n</member>\n</struct></value>\n</param>\n</params>\n</methodResponse>\n"
        guard case .params(let values) = try XMLRPCDecoder.response(Data(body.utf8)), let first = values.first else {
            Issue.record("expected params")
            return
        }
        let version = OdooVersion(info: try #require(first.json["server_version_info"]), text: first.json["server_version"]?.stringValue)
        #expect(version == OdooVersion(major: 19, minor: 0, text: "19.0"))
        #expect(version?.preferredProtocol == .json2)
    }

    @Test func bareValueTextIsAString() throws {
        let body = "<methodResponse><params><param><value>bare &amp; text</value></param></params></methodResponse>"
        #expect(try XMLRPCDecoder.response(Data(body.utf8)) == .params([.string("bare & text")]))
    }

    @Test(arguments: [
        "<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>",
        "<methodResponse><params><param><value><boolean>2</boolean></value></param></params></methodResponse>",
        "<methodResponse><params><param><value><unknown/></value></param></params></methodResponse>",
        "<notxmlrpc/>", "<methodResponse><params>", "",
    ])
    func malformedDocumentsThrow(body: String) {
        #expect(throws: XMLRPCDecodingError.self) { try XMLRPCDecoder.response(Data(body.utf8)) }
    }

    @Test func saasVersionParses() {
        let version = OdooVersion(info: ["saas~18", 4, 0, "final", 0, ""], text: "saas~18.4")
        #expect(version?.major == 18)
        #expect(version?.minor == 4)
        #expect(version?.preferredProtocol == .xmlRPC)
    }
}

import Foundation
import Testing
@testable import WaybillConnectors

/// Documents produced by Python's `xmlrpc.client.dumps` (the marshaller Odoo uses), recorded once.
@Suite struct XMLRPCPythonGoldenTests {
    static let pythonResponse = """
        <?xml version='1.0'?>
        <methodResponse>
        <params>
        <param>
        <value><struct>
        <member>
        <name>name</name>
        <value><string>Ünïcødé &lt;&amp;&gt; "q" 🚚</string></value>
        </member>
        <member>
        <name>ids</name>
        <value><array><data>
        <value><int>1</int></value>
        <value><int>2</int></value>
        <value><int>3</int></value>
        </data></array></value>
        </member>
        <member>
        <name>price</name>
        <value><double>19.99</double></value>
        </member>
        <member>
        <name>active</name>
        <value><boolean>1</boolean></value>
        </member>
        <member>
        <name>nested</name>
        <value><struct>
        <member>
        <name>deep</name>
        <value><struct>
        <member>
        <name>x</name>
        <value><double>-1.5</double></value>
        </member>
        <member>
        <name>empty</name>
        <value><string></string></value>
        </member>
        </struct></value>
        </member>
        </struct></value>
        </member>
        <member>
        <name>when</name>
        <value><dateTime.iso8601>20240501T12:00:00</dateTime.iso8601></value>
        </member>
        <member>
        <name>blob</name>
        <value><base64>
        AAH/
        </base64></value>
        </member>
        </struct></value>
        </param>
        </params>
        </methodResponse>

        """

    @Test func decodesPythonMarshallerOutput() throws {
        let decoded = try XMLRPCDecoder.response(Data(Self.pythonResponse.utf8))
        let expected: XMLRPCValue = .structure([
            "name": .string("Ünïcødé <&> \"q\" 🚚"), "ids": .array([.int(1), .int(2), .int(3)]), "price": .double(19.99),
            "active": .bool(true), "nested": .structure(["deep": .structure(["x": .double(-1.5), "empty": .string("")])]),
            "when": .dateTime("20240501T12:00:00"), "blob": .base64(Data([0, 1, 255])),
        ])
        #expect(decoded == .params([expected]))
    }
}

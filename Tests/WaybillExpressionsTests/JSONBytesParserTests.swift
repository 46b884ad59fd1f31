import Foundation
import Testing
@testable import WaybillExpressions

/// The byte-level JSON parser agrees with JSONSerialization on valid documents and refuses
/// invalid ones with a clear error.
@Suite("JSON bytes parser")
struct JSONBytesParserTests {
    static let documents = [
        #"{"id": 42, "total": "12.30", "price": 12.30, "neg": -0.5, "e": 1.5e3}"#,
        #"[1, 2.0, -3, true, false, null, "a\"b\\c\/d\n\u00e9\ud83d\ude00"]"#,
        #"{"nested": {"list": [{"x": []}, {}], "empty": ""}, "unicode": "Grüße 😀"}"#,
        #"  "just a string"  "#,
        "0",
        #"{"dup": 1, "dup": 2}"#,
    ]

    @Test("matches JSONSerialization + conversion", arguments: documents)
    func agrees(document: String) throws {
        let fast = try JSONBytesParser.parse(Array(document.utf8))
        let object = try JSONSerialization.jsonObject(with: Data(document.utf8), options: [.fragmentsAllowed])
        let reference = try Value(jsonObject: object)
        #expect(fast == reference)
    }

    @Test("money keeps its digits: 12.30 reads as 12.3, exactly")
    func money() throws {
        let value = try JSONBytesParser.parse(Array(#"{"p": 19.99, "q": 0.1}"#.utf8))
        #expect(value == .object(["p": .decimal(DecimalValue(text: "19.99")!), "q": .decimal(DecimalValue(text: "0.1")!)]))
    }

    @Test("integers beyond 64 bits stay exact (JSONSerialization rounds them through Double)")
    func bigIntegers() throws {
        let value = try JSONBytesParser.parse(Array("12345678901234567890".utf8))
        #expect(value == .decimal(DecimalValue(text: "12345678901234567890")!))
    }

    static let invalid = ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"\u{01}\"", "\"abc", "[1] x",
                          "\"\\ud800\"", "\"\\x\"", "{\"a\":1,}", "nul"]

    @Test("invalid documents are refused with the byte position", arguments: invalid)
    func refuses(document: String) {
        #expect(throws: ValueConversionError.self) { try JSONBytesParser.parse(Array(document.utf8)) }
    }

    @Test("invalid UTF-8 and hostile nesting are refused")
    func hostile() {
        #expect(throws: ValueConversionError.self) { try JSONBytesParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: ValueConversionError.self) { try JSONBytesParser.parse(Array(deep.utf8)) }
    }
}

import Foundation
import Testing
@testable import WaybillExpressions

@Test func readsJSONExactly() throws {
    let json = #"{"price": 0.1, "qty": 3, "ok": true, "none": null, "tags": ["a", 1.25], "big": 12345678901234}"#
    let value = try Value(jsonData: Data(json.utf8))
    guard case .object(let fields) = value else {
        Issue.record("not an object")
        return
    }
    #expect(fields["price"] == .decimal(DecimalValue(significand: 1, exponent: -1)))
    #expect(fields["qty"] == .int(3))
    #expect(fields["ok"] == .bool(true))
    #expect(fields["none"] == .null)
    #expect(fields["tags"] == .list([.string("a"), .decimal(DecimalValue(significand: 125, exponent: -2))]))
    #expect(fields["big"] == .int(12_345_678_901_234))
}

@Test func canonicalJSONIsStable() throws {
    let a = try Value(jsonData: Data(#"{"b": 1.50, "a": {"z": [true, null], "y": "q\"\n"}}"#.utf8))
    let b = try Value(jsonData: Data(#"{"a": {"y": "q\"\n", "z": [true, null]}, "b": 1.5}"#.utf8))
    #expect(a.canonicalJSON == #"{"a":{"y":"q\"\n","z":[true,null]},"b":1.5}"#)
    #expect(a.canonicalJSON == b.canonicalJSON)
    #expect(Value.datetime(Date(timeIntervalSince1970: 0)).canonicalJSON == #""1970-01-01T00:00:00Z""#)
}

@Test func canonicalJSONEscapesOnlyWhatItMust() throws {
    let value = Value.object([
        "é": .string("ünï ✓"), "Z": .string("tab\tbell\u{07}\u{1F}back\\slash"), "a": .list([.int(-3), .string("")]),
    ])
    // Keys by UTF-8 bytes ("Z" < "a" < "é"); non-ASCII text as is; control characters as \u00XX.
    #expect(value.canonicalJSON == #"{"Z":"tab\tbell\u0007\u001fback\\slash","a":[-3,""],"é":"ünï ✓"}"#)
    let parsed = try Value(jsonData: Data(value.canonicalJSON.utf8))
    #expect(parsed == value)
    var appended = Array("x=".utf8)
    Value.appendCanonicalJSON(string: "q\"", to: &appended)
    #expect(String(decoding: appended, as: UTF8.self) == #"x="q\"""#)
}

@Test func roundTripsThroughFoundationJSON() throws {
    let value = Value.object(["n": .decimal(DecimalValue(significand: 1999, exponent: -2)), "l": .list([.int(1), .null])])
    let data = try JSONSerialization.data(withJSONObject: value.jsonObject, options: [.sortedKeys])
    #expect(try Value(jsonData: data) == value)
}

@Test(arguments: [
    (Value.string("12.50"), ExprType.decimal, Value.decimal(DecimalValue(significand: 125, exponent: -1))),
    (.int(4), .decimal, .decimal(DecimalValue(4))),
    (.bool(false), .optional(.string), .null),
    (.bool(false), .optional(.bool), .bool(false)),
    (.string("2024-03-10"), .date, .date(LocalDate(daysSinceEpoch: 19_792))),
    (.string("2024-03-10T10:30:00+00:00"), .datetime, .datetime(Date(timeIntervalSince1970: 1_710_066_600))),
])
func coercesDeclaredTypes(_ input: Value, _ type: ExprType, _ expected: Value) throws {
    #expect(try input.coerced(to: type) == expected)
}

@Test func datetimeTextWithoutOffsetIsRejected() {
    #expect(throws: EvaluationError.self) { try Value.string("2024-03-10 10:30:00").coerced(to: .datetime) }
}

@Test func convertsNativeSwiftValues() throws {
    let object: [String: Any] = ["b": true, "i": 42, "d": 2.5, "x": Decimal(string: "19.99") ?? 0,
                                 "t": Date(timeIntervalSince1970: 0), "n": NSNull(), "l": [1, "a"]]
    let value = try Value(jsonObject: object)
    #expect(value == .object([
        "b": .bool(true), "i": .int(42), "d": .decimal(DecimalValue(significand: 25, exponent: -1)),
        "x": .decimal(DecimalValue(significand: 1999, exponent: -2)), "t": .datetime(Date(timeIntervalSince1970: 0)),
        "n": .null, "l": .list([.int(1), .string("a")]),
    ]))
    #expect(throws: ValueConversionError.self) { try Value(jsonObject: Double.nan) }
}

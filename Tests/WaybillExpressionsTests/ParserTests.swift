import Testing
@testable import WaybillExpressions

@Test(arguments: [
    ("1 + 2 * 3", "(+ 1 (* 2 3))"),
    ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
    ("1 - 2 - 3", "(- (- 1 2) 3)"),
    ("a || b && c", "(|| a (&& b c))"),
    ("a == b < c", "(== a (< b c))"),
    ("x ?? 0 > 5", "(> (?? x 0) 5)"),
    ("x ?? y ?? z", "(?? x (?? y z))"),
    ("a + b ?? c", "(?? (+ a b) c)"),
    ("!a && b", "(&& (! a) b)"),
    ("-a.b * 2", "(* (- (. a b)) 2)"),
    ("c ? a : b ? d : e", "(? c a (? b d e))"),
    ("a || b ? 1 : 2", "(? (|| a b) 1 2)"),
    ("'x' in tags && ok", "(&& (in 'x' tags) ok)"),
    ("shipments[0].trackingNumber", "(. ([] shipments 0) trackingNumber)"),
    ("a[\"odd key\"]", "([] a 'odd key')"),
    ("partner_id.email", "(. partner_id email)"),
    ("join(map(group, s => s.trackingNumber), ',')", "(join (map group (=> [s] (. s trackingNumber))) ',')"),
    ("map(xs, (a) => a + 1)", "(map xs (=> [a] (+ a 1)))"),
    ("[1, 2.5, 'x']", "[1 2.5 'x']"),
    ("{a: 1, \"b c\": true}", "{a: 1, b c: true}"),
    ("f()", "(f)"),
    ("a % b / c", "(/ (% a b) c)"),
])
func precedence(_ source: String, _ expected: String) throws {
    let expr = try #require(Expr.parse(source))
    #expect(expr.sExpression == expected)
}

@Test func spansAreUnicodeScalarOffsets() throws {
    // "é" is one scalar; the emoji is one scalar too.
    let expr = try #require(Expr.parse("'é😀' + weight * 2"))
    guard case .binary(_, let left, let right) = expr.kind else {
        Issue.record("not a binary node")
        return
    }
    #expect(left.range == 0..<4)
    #expect(right.range == 7..<17)
    #expect(expr.range == 0..<17)
}

@Test func memberSpanCoversBaseAndName() throws {
    let expr = try #require(Expr.parse("  partner_id.email"))
    guard case .member(let base, let name) = expr.kind else {
        Issue.record("not a member node")
        return
    }
    #expect(base.range == 2..<12)
    #expect(name.range == 13..<18)
    #expect(expr.range == 2..<18)
}

@Test func stringEscapes() throws {
    let expr = try #require(Expr.parse(#"'it\'s \n \\ \$'"#))
    guard case .literal(.string(let text)) = expr.kind else {
        Issue.record("not a string")
        return
    }
    #expect(text == "it's \n \\ $")
}

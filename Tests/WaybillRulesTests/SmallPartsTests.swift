import Testing
@testable import WaybillRules

@Suite struct SmallPartsTests {
    @Test(arguments: [("500ms", Int64(500)), ("30s", 30_000), ("5m", 300_000), ("1h", 3_600_000), ("1d", 86_400_000)])
    func durationsParse(text: String, milliseconds: Int64) {
        #expect(RuleDuration(parsing: text)?.milliseconds == milliseconds)
        #expect(RuleDuration(parsing: text)?.description == text)
    }

    @Test(arguments: ["", "5", "m", "5 m", "5min", "-5s", "1.5h", "99999999999999999999d"])
    func badDurationsAreRejected(text: String) {
        #expect(RuleDuration(parsing: text) == nil)
    }

    @Test func suggestionsUseEditDistance() {
        #expect(Suggestion.closest(to: "defualt_code", in: ["name", "default_code", "weight"]) == "default_code")
        #expect(Suggestion.closest(to: "zzz", in: ["name", "weight"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
    }

    @Test(arguments: [("string", "string"), ("decimal?", "decimal?"), ("list<order_item>", "list<order_item>"),
                      ("many2one<res.partner>", "many2one<res.partner>"), ("list<int?>?", "list<int?>?")])
    func fieldTypesRoundTrip(text: String, printed: String) {
        #expect(FieldType(parsing: text)?.description == printed)
    }

    @Test(arguments: ["list<>", "many2one<>", "map<string>", "a b"])
    func badFieldTypesAreRejected(text: String) {
        #expect(FieldType(parsing: text) == nil)
    }

    @Test func quotedScalarPositionsAccountForQuotesAndEscapes() throws {
        let text = "when: '=it''s > 1'\nother: \"a\\\"b ${x}\"\n"
        let source = SourceFile(path: "f.yaml", text: text)
        let root = try #require(YAMLLoader.load(source).node)
        let session = DecodeSession(source: source)
        let reader = try #require(session.mapping(root, ""))
        let when = try #require(reader.expression("when"))
        #expect(when.form == .expression)
        #expect(when.source == "it's > 1")
        // `>` is at offset 5 in the source text, column 15 in the file (after `'=it''s `).
        #expect(when.location(of: 5..<6).column == 15)
        let other = try #require(reader.expression("other"))
        #expect(other.form == .template)
        // `x` is at offset 6 in `a"b ${x}`: file column 16.
        #expect(other.location(of: 6..<7).column == 16)
    }

    @Test func csvParsesQuotedCells() {
        let records = CSVTableDecoder.parse("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n")
        #expect(records.map(\.cells) == [["a", "b"], ["x,1", "say \"hi\""]])
    }

    @Test func yamlErrorsBecomeDiagnosticsWithPositions() {
        let (node, diagnostics) = YAMLLoader.load(SourceFile(path: "f.yaml", text: "a: [1, 2\nb: 3\n"))
        #expect(node == nil)
        #expect(diagnostics.first?.code == .yamlSyntax)
        #expect(diagnostics.first?.line ?? 0 >= 1)
    }
}

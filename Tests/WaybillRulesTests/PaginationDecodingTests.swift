import Foundation
import Testing
@testable import WaybillRules

/// Pagination keys of system files: every style's keys decode; a key of another style is R017.
@Suite struct PaginationDecodingTests {
    private func load(_ system: String) throws -> RuleSet.Result {
        try TemporaryRules.load(["s.yaml": system])
    }

    private func system(_ pagination: String, resource: String = "") -> String {
        """
        system: paged
        kind: rest
        base_url: https://example.com
        auth: { scheme: bearer, token: { secret: token } }
        pagination:
        \(pagination.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        resources:
          thing:
            id: id
        \(resource)
            operations:
              list: { method: GET, path: /things }
            fields:
              id: int
        """
    }

    @Test func offsetLimitCursorAndFirstPageDecode() throws {
        let offset = try load(system("style: offset_limit\noffset_param: skip\nsize_param: take\nsize: 50\ntotal: meta.total"))
        #expect(offset.diagnostics.isEmpty, "\(offset.diagnostics)")
        let policy = try #require(offset.plan?.systems["paged"]?.pagination)
        #expect(policy == Pagination(style: .offset_limit, sizeParam: "take", size: 50, offsetParam: "skip", total: "meta.total"))

        let cursor = try load(system("style: body_next_link\nnext: meta.next_cursor\ncursor_param: cursor"))
        #expect(cursor.diagnostics.isEmpty, "\(cursor.diagnostics)")
        #expect(cursor.plan?.systems["paged"]?.pagination?.cursorParam == "cursor")

        let zeroBased = try load(system("style: page_pages\nfirst_page: 0\ntotal_pages: meta.pages"))
        #expect(zeroBased.diagnostics.isEmpty, "\(zeroBased.diagnostics)")
        #expect(zeroBased.plan?.systems["paged"]?.pagination?.firstPage == 0)
    }

    @Test(arguments: [
        ("style: link_header\nnext: links.next", "next"),
        ("style: body_next_link\nnext: next\npage_param: page", "page_param"),
        ("style: link_header\ntotal: count", "total"),
        ("style: page_total_pages_header\ncursor_param: c", "cursor_param"),
        ("style: page_pages\noffset_param: offset", "offset_param"),
        ("style: none\nsize: 10", "size"),
    ])
    func aKeyOfAnotherStyleIsReported(pagination: String, key: String) throws {
        let result = try load(system(pagination))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
        #expect(diagnostic.code == .conflictingKeys)
        #expect(diagnostic.message.hasPrefix("`\(key)` has no effect"))
    }

    @Test func anUnknownStyleNamesTheKnownOnes() throws {
        let result = try load(system("style: offset"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.contains("offset_limit"), "\(diagnostic.message)")
    }
}

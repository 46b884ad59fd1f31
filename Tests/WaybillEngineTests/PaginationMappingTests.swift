import Testing
import WaybillConnectors
@testable import WaybillEngine
import WaybillRules

/// A system file's pagination policy becomes the connector's paging style with the right defaults.
@Suite struct PaginationMappingTests {
    @Test func everyStyleMapsWithItsDefaults() {
        #expect(RESTSystemClient.pagination(Pagination(style: .offset_limit))
            == .offsetLimit(offsetParameter: "offset", sizeParameter: "limit", pageSize: 100, totalPath: nil))
        #expect(RESTSystemClient.pagination(Pagination(style: .offset_limit, sizeParam: "take", size: 20,
                                                       offsetParam: "skip", total: "meta.total"))
            == .offsetLimit(offsetParameter: "skip", sizeParameter: "take", pageSize: 20, totalPath: "meta.total"))
        #expect(RESTSystemClient.pagination(Pagination(style: .body_next_link, sizeParam: "PageSize", size: 250,
                                                       next: "cursor.next", cursorParam: "after"))
            == .bodyNextLink(path: "cursor.next", cursorParameter: "after", sizeParameter: "PageSize", pageSize: 250))
        #expect(RESTSystemClient.pagination(Pagination(style: .page_pages, firstPage: 0))
            == .pagePages(pageParameter: "page", sizeParameter: "pageSize", pageSize: 100, pagesPath: "pages", firstPage: 0))
        #expect(RESTSystemClient.pagination(Pagination(style: .page_total_pages_header))
            == .wpTotalPages(pageSize: 100))
        #expect(RESTSystemClient.pagination(nil) == PaginationStyle.none)
    }
}

/// How a list endpoint splits its records into pages (from the system file).
public enum PaginationStyle: Sendable, Hashable {
    /// One response holds everything.
    case none
    /// `page`/`pageSize` query parameters and a total page count in the body
    /// (ShipStation V1: `{"orders": […], "page": 1, "pages": 7}`). A body without the count
    /// (or with one that is not a number) pages on until an empty page.
    case pagePages(pageParameter: String, sizeParameter: String, pageSize: Int, pagesPath: JSONPath, firstPage: Int)
    /// `page`/`per_page` query parameters and a total page count in a response header
    /// (WooCommerce: `X-WP-TotalPages`). Without the header, a short page ends the list.
    case pageTotalPagesHeader(pageParameter: String, sizeParameter: String, pageSize: Int, header: String, firstPage: Int)
    /// RFC 5988 `Link` header with `rel="next"` (Shopify `page_info` cursors, WooCommerce);
    /// the next URL is used exactly as given. `sizeParameter`/`pageSize` go on the first request.
    case linkHeader(sizeParameter: String?, pageSize: Int?)
    /// A JSON path in the body to the next page: a URL (absolute or relative) or a cursor
    /// value sent as `cursorParameter` (ShipBob `next`, ShipStation V2 `links.next.href`).
    /// `sizeParameter`/`pageSize` go on the first request and on requests built from a cursor.
    case bodyNextLink(path: JSONPath, cursorParameter: String?, sizeParameter: String? = nil, pageSize: Int? = nil)
    /// `offset`/`limit` query parameters: the offset advances by the records received. Ends at
    /// an empty page, or once the total record count at `totalPath` (when given and present) is
    /// reached. A short page does not end the list: servers cap the page size below the one asked
    /// for, and stopping there would lose records.
    case offsetLimit(offsetParameter: String, sizeParameter: String, pageSize: Int, totalPath: JSONPath?)
}

extension PaginationStyle {
    /// `page`/`pageSize` with a `pages` total, as ShipStation V1 names them.
    public static func pagePages(pageSize: Int) -> PaginationStyle {
        .pagePages(pageParameter: "page", sizeParameter: "pageSize", pageSize: pageSize, pagesPath: "pages", firstPage: 1)
    }

    /// `page`/`per_page` with `X-WP-TotalPages`, as WooCommerce names them.
    public static func wpTotalPages(pageSize: Int) -> PaginationStyle {
        .pageTotalPagesHeader(pageParameter: "page", sizeParameter: "per_page", pageSize: pageSize, header: "X-WP-TotalPages", firstPage: 1)
    }
}

extension Pagination {
    /// The styles each optional pagination key applies to; a key given with another style has
    /// no effect and is reported (`R017`), since it is almost always a mistaken style.
    public static let keysByStyle: [(key: String, styles: Set<Style>)] = [
        ("page_param", [.page_pages, .page_total_pages_header]),
        ("first_page", [.page_pages, .page_total_pages_header]),
        ("total_pages", [.page_pages, .page_total_pages_header]),
        ("size_param", [.page_pages, .page_total_pages_header, .link_header, .body_next_link, .offset_limit]),
        ("size", [.page_pages, .page_total_pages_header, .link_header, .body_next_link, .offset_limit]),
        ("next", [.body_next_link]),
        ("cursor_param", [.body_next_link]),
        ("offset_param", [.offset_limit]),
        ("total", [.offset_limit]),
    ]
}

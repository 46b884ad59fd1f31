/// A system's request budget, shared by every flow and worker of one account.
public struct RateLimitPolicy: Sendable, Hashable {
    /// Token bucket: `requests` per `per`.
    public var requests: Int?
    /// The token bucket window.
    public var per: RuleDuration?
    /// Leaky bucket (Shopify): capacity and leak rate.
    public var bucket: LeakyBucket?
    /// Maximum concurrent calls (Odoo).
    public var concurrency: Int?
    /// Response headers that steer the budget.
    public var headers: RateLimitHeaders
    /// Header read on 429 (seconds or HTTP date).
    public var retryAfter: String?
}

/// A leaky bucket.
public struct LeakyBucket: Sendable, Hashable {
    /// Bucket size.
    public var size: Int
    /// Requests leaking per second.
    public var leakPerSecond: Double
}

/// Response headers reporting the budget (all optional).
public struct RateLimitHeaders: Sendable, Hashable {
    /// Header with the window's limit.
    public var limit: String?
    /// Header with the remaining requests.
    public var remaining: String?
    /// Header with seconds until reset.
    public var reset: String?
    /// Header shaped `used/limit` (Shopify).
    public var usedOfLimit: String?
}

/// How list operations page.
public struct Pagination: Sendable, Hashable {
    /// The paging style.
    public enum Style: String, Sendable, Hashable, CaseIterable, Codable {
        /// `page` param, total pages in a body field.
        case page_pages
        /// `page` param, total pages in a header (`X-WP-TotalPages`).
        case page_total_pages_header
        /// RFC 8288 `Link: <…>; rel="next"`.
        case link_header
        /// The next page's URL (or a bare cursor sent as `cursor_param`) in a body field.
        case body_next_link
        /// `offset`/`limit` params; ends at an empty page or at the total record count.
        case offset_limit
        /// A single page.
        case none
    }

    /// The style.
    public var style: Style
    /// Query parameter of the page number.
    public var pageParam: String?
    /// Query parameter of the page size.
    public var sizeParam: String?
    /// Page size to ask for.
    public var size: Int?
    /// Body path or header with the page count.
    public var totalPages: String?
    /// Body path of the next link.
    public var next: String?
    /// Query parameter a bare cursor found at `next` is sent as (`body_next_link`).
    public var cursorParam: String?
    /// Number of the first page (`page_pages`, `page_total_pages_header`; default 1).
    public var firstPage: Int?
    /// Query parameter of the offset (`offset_limit`; default `offset`).
    public var offsetParam: String?
    /// Body path of the total record count (`offset_limit`; optional).
    public var total: String?

    /// Creates a pagination policy.
    public init(style: Style, pageParam: String? = nil, sizeParam: String? = nil, size: Int? = nil,
                totalPages: String? = nil, next: String? = nil, cursorParam: String? = nil, firstPage: Int? = nil,
                offsetParam: String? = nil, total: String? = nil) {
        self.style = style
        self.pageParam = pageParam
        self.sizeParam = sizeParam
        self.size = size
        self.totalPages = totalPages
        self.next = next
        self.cursorParam = cursorParam
        self.firstPage = firstPage
        self.offsetParam = offsetParam
        self.total = total
    }
}

/// Decodes `rate_limit:`, `retry:` and `pagination:`.
enum PolicyDecoder {
    static func rateLimit(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> RateLimitPolicy? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        var bucket: LeakyBucket?
        if let bucketNode = reader.value("bucket"), let inner = session.mapping(bucketNode, reader.child("bucket")) {
            if let size = inner.int("size", required: true), let leak = inner.number("leak_per_second") {
                bucket = LeakyBucket(size: size, leakPerSecond: leak)
            } else if inner.has("size"), !inner.has("leak_per_second") {
                _ = inner.required("leak_per_second")
            }
            inner.finish()
        }
        var headers = RateLimitHeaders()
        if let headersNode = reader.value("headers"), let inner = session.mapping(headersNode, reader.child("headers")) {
            headers = RateLimitHeaders(limit: inner.string("limit"), remaining: inner.string("remaining"),
                                       reset: inner.string("reset"), usedOfLimit: inner.string("used_of_limit"))
            inner.finish()
        }
        let policy = RateLimitPolicy(requests: reader.int("requests"), per: reader.duration("per"), bucket: bucket,
                                     concurrency: reader.int("concurrency"), headers: headers,
                                     retryAfter: reader.string("retry_after"))
        if policy.requests != nil, policy.per == nil { _ = reader.required("per") }
        return policy
    }

    static func retry(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> RetryPolicy? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        var policy = RetryPolicy.standard
        if let backoff = reader.value("backoff"), let items = session.sequence(backoff, reader.child("backoff")) {
            policy.backoff = items.enumerated().compactMap { session.duration($1, "\(reader.child("backoff"))[\($0)]") }
        }
        if let jitter = reader.number("jitter") {
            if jitter < 0 || jitter > 1, let node = reader.value("jitter") {
                session.report(.badValue, at: node.location, "`jitter` is a fraction between 0 and 1")
            }
            policy.jitter = jitter
        }
        return policy
    }

    static func pagination(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> Pagination? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        guard let style = reader.choice("style", Pagination.Style.self, required: true) else { return nil }
        let pagination = Pagination(
            style: style, pageParam: reader.string("page_param"), sizeParam: reader.string("size_param"),
            size: reader.int("size"), totalPages: reader.string("total_pages"), next: reader.string("next"),
            cursorParam: reader.string("cursor_param"), firstPage: reader.int("first_page"),
            offsetParam: reader.string("offset_param"), total: reader.string("total"))
        for (key, styles) in Pagination.keysByStyle where !styles.contains(style) {
            if let node = reader.value(key) {
                session.report(.conflictingKeys, at: node.location,
                               "`\(key)` has no effect with `style: \(style.rawValue)`; it applies to "
                                   + styles.map { "`\($0.rawValue)`" }.sorted().joined(separator: ", "))
            }
        }
        if let size = pagination.size, size < 1, let node = reader.value("size") {
            session.report(.badValue, at: node.location, "`size` must be at least 1")
        }
        return pagination
    }
}

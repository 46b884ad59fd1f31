import Foundation

extension WooCommerceSimulator {
    /// `GET /<path>`: filters, ordering, `page`/`per_page`/`offset`, `X-WP-Total`, `X-WP-TotalPages`, `Link`.
    func list(_ path: String, _ request: SimRequest) throws -> SimResponse {
        let perPage = request.queryInt("per_page") ?? 10
        guard (1...100).contains(perPage) else {
            return .json(["code": "rest_invalid_param", "message": "Invalid parameter(s): per_page",
                          "data": ["status": 400, "params": ["per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"]]],
                         status: 400)
        }
        let gmt = request.query("dates_are_gmt").map { !["false", "0", ""].contains($0.lowercased()) } ?? false
        var filters: [(JSONValue) -> Bool] = []
        for (param, field, after) in [("after", "$created", true), ("before", "$created", false),
                                      ("modified_after", "$modified", true), ("modified_before", "$modified", false)] {
            guard let text = request.query(param) else { continue }
            guard let bound = parseDate(text, gmt: gmt) else {
                return error(400, "rest_invalid_param", "Invalid parameter(s): \(param)")
            }
            filters.append { record in
                let value = record[field]?.doubleValue ?? 0
                return after ? value > bound : value < bound
            }
        }
        if let status = request.query("status"), status != "any" {
            let wanted = Set(status.split(separator: ",").map(String.init))
            filters.append { wanted.contains($0["status"]?.stringValue ?? "") }
        } else if path == "orders" {
            filters.append { $0["status"]?.stringValue != "trash" }
        }
        for (param, field) in [("customer", "customer_id"), ("sku", "sku"), ("email", "email"), ("parent", "parent_id")] {
            if let value = request.query(param) { filters.append { $0[field]?.stringValue == value } }
        }
        if let include = request.query("include") {
            let ids = Set(include.split(separator: ",").map(String.init))
            filters.append { ids.contains($0["id"]?.stringValue ?? "") }
        }
        if let exclude = request.query("exclude") {
            let ids = Set(exclude.split(separator: ",").map(String.init))
            filters.append { !ids.contains($0["id"]?.stringValue ?? "") }
        }
        if let search = request.query("search")?.lowercased(), !search.isEmpty {
            filters.append { record in
                ["name", "sku", "email", "number", "first_name", "last_name"].contains { field in
                    (record[field]?.stringValue ?? "").lowercased().contains(search)
                } || (record["billing"]?["email"]?.stringValue ?? "").lowercased().contains(search)
            }
        }
        var records = environment.records.filter(path) { record in filters.allSatisfy { $0(record) } }
        let sortField = ["id": "id", "modified": "$modified", "title": "name", "name": "name"][request.query("orderby") ?? "date"] ?? "$created"
        let ascending = request.query("order")?.lowercased() == "asc"
        records.sort { left, right in
            let (a, b) = (left[sortField] ?? nil, right[sortField] ?? nil)
            let lessThan: Bool
            if let x = a.doubleValue, let y = b.doubleValue, x != y {
                lessThan = x < y
            } else if let x = a.stringValue, let y = b.stringValue, x != y {
                lessThan = x < y
            } else {
                lessThan = (left["id"]?.intValue ?? 0) < (right["id"]?.intValue ?? 0)
            }
            return ascending ? lessThan : !lessThan
        }
        if let offset = request.queryInt("offset"), offset > 0 { records = Array(records.dropFirst(offset)) }
        let slice = PageSlice(records, page: request.queryInt("page") ?? 1, size: perPage)
        var headers: [(name: String, value: String)] = [("X-WP-Total", String(slice.total)), ("X-WP-TotalPages", String(slice.pages))]
        if let link = linkHeader(request, page: slice.page, pages: slice.pages) { headers.append(("Link", link)) }
        return .json(.array(slice.items.map(\.publicView)), headers: headers)
    }

    /// WordPress's `Link` header: `<…page=N>; rel="prev"`, `<…page=N>; rel="next"`.
    private func linkHeader(_ request: SimRequest, page: Int, pages: Int) -> String? {
        var seen = Set<String>()
        let kept = request.queryItems.filter { item in
            !item.name.hasPrefix("oauth_") && item.name != "page" && !item.name.hasPrefix("consumer_") && seen.insert(item.name).inserted
        }
        func url(_ page: Int) -> String {
            let query = FormEncoding.encode(kept.map { ($0.name, $0.value) } + [("page", String(page))])
            return "<\(environment.baseURL)\(request.path)?\(query)>"
        }
        var links: [String] = []
        if page > 1 { links.append("\(url(min(page - 1, pages))); rel=\"prev\"") }
        if page < pages { links.append("\(url(page + 1)); rel=\"next\"") }
        return links.isEmpty ? nil : links.joined(separator: ", ")
    }

    /// An ISO 8601 filter date as Unix seconds: with an offset as given, else site time or GMT.
    private func parseDate(_ text: String, gmt: Bool) -> Double? {
        if text.hasSuffix("Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-") {
            return SimTime.parseISO8601(text)?.timeIntervalSince1970
        }
        let zone = gmt ? SimTime.utc : siteZone
        return SimTime.parse(text, zone: zone, patterns: ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"])?
            .timeIntervalSince1970
    }
}

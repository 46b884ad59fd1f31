import Foundation

extension ShopifySimulator {
    /// A page of `records` under `key` with a `Link` header (`rel="previous"`, `rel="next"`).
    /// `page_info` is an opaque cursor holding the original filters and the offset; with it only
    /// `limit` and `fields` may be given.
    func paged(_ key: String, _ request: SimRequest, filter: (JSONValue, SimRequest) -> Bool) throws -> SimResponse {
        let limit = request.queryInt("limit") ?? 50
        guard (1...250).contains(limit) else { throw SimResponseError(.json(["errors": ["limit": ["must be between 1 and 250"]]], status: 400)) }
        var query = request
        var offset = 0
        if let cursor = request.query("page_info") {
            let extra = request.queryItems.map(\.name).filter { !["page_info", "limit", "fields"].contains($0) }
            guard extra.isEmpty else {
                throw SimResponseError(.json(["errors": ["page_info": ["Invalid value."]]], status: 400))
            }
            guard let decoded = Self.decodeCursor(cursor) else {
                throw SimResponseError(.json(["errors": ["page_info": ["Invalid value."]]], status: 400))
            }
            query = SimRequest(method: request.method, path: request.path, query: decoded.query)
            offset = decoded.offset
        }
        let all = environment.records.filter(key) { filter($0, query) }
        let page = Array(all.dropFirst(offset).prefix(limit))
        let fields = request.query("fields").map { Set($0.split(separator: ",").map(String.init)) }
        let items: [JSONValue] = page.map { record in
            guard let fields, case .object(let members) = record.publicView else { return record.publicView }
            return .object(members.filter { fields.contains($0.key) })
        }
        var links: [String] = []
        let base = "\(environment.baseURL)\(request.path)"
        if offset > 0 {
            let cursor = Self.encodeCursor(offset: max(0, offset - limit), query: query.rawQuery)
            links.append("<\(base)?limit=\(limit)&page_info=\(cursor)>; rel=\"previous\"")
        }
        if offset + limit < all.count {
            let cursor = Self.encodeCursor(offset: offset + limit, query: query.rawQuery)
            links.append("<\(base)?limit=\(limit)&page_info=\(cursor)>; rel=\"next\"")
        }
        let headers = links.isEmpty ? [] : [(name: "Link", value: links.joined(separator: ", "))]
        return .json([key: .array(items)], headers: headers)
    }

    static func encodeCursor(offset: Int, query: String) -> String {
        let kept = FormEncoding.decode(query).filter { $0.name != "limit" && $0.name != "page_info" && $0.name != "fields" }
        let text = "\(offset)|" + FormEncoding.encode(kept.map { ($0.name, $0.value) })
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decodeCursor(_ cursor: String) -> (offset: Int, query: String)? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let bar = text.firstIndex(of: "|"), let offset = Int(text[..<bar]), offset >= 0 else { return nil }
        return (offset, String(text[text.index(after: bar)...]))
    }

    /// `updated_at_min`-style filters on the Unix time kept in the record's hidden `$<field>`.
    func timeFilter(_ record: JSONValue, _ request: SimRequest, field: String) -> Bool {
        let value = record["$" + field]?.doubleValue ?? 0
        if let min = request.query("\(field)_min").flatMap(SimTime.parseISO8601) {
            guard value >= min.timeIntervalSince1970 else { return false }
        }
        if let max = request.query("\(field)_max").flatMap(SimTime.parseISO8601) {
            guard value <= max.timeIntervalSince1970 else { return false }
        }
        return true
    }

    /// Sets `<field>` (shop time) and the hidden `$<field>` (Unix time) to now.
    func stamp(_ record: inout JSONValue, _ field: String) {
        let now = environment.clock.now()
        record[field] = timestamp(now)
        record["$" + field] = .double(now.timeIntervalSince1970)
    }
}

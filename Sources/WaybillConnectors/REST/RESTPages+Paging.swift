import Foundation

extension RESTPages.Iterator {
    /// The URL of the first page.
    mutating func firstURL() throws -> URL {
        let client = pages.client
        switch pages.operation.pagination {
        case .none:
            return try client.makeURL(pages.operation, values: pages.values, query: pages.query)
        case .bodyNextLink(_, _, let sizeParameter, let size):
            return try client.makeURL(pages.operation, values: pages.values,
                                      query: pages.query + Self.sizeQuery(sizeParameter, size))
        case .pagePages(let pageParameter, let sizeParameter, let size, _, let first),
            .pageTotalPagesHeader(let pageParameter, let sizeParameter, let size, _, let first):
            pageNumber = first
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .offsetLimit(let offsetParameter, let sizeParameter, let size, _):
            offset = 0
            return try offsetURL(offsetParameter: offsetParameter, sizeParameter: sizeParameter, size: size)
        case .linkHeader(let sizeParameter, let size):
            return try client.makeURL(pages.operation, values: pages.values,
                                      query: pages.query + Self.sizeQuery(sizeParameter, size))
        }
    }

    /// The URL of the page after the one just read, or `nil` when it was the last.
    mutating func nextURL(after current: URL, body: JSONValue, response: HTTPResponse, records: [JSONValue]) throws -> URL? {
        switch pages.operation.pagination {
        case .none:
            return nil
        case .pagePages(let pageParameter, let sizeParameter, let size, let pagesPath, let first):
            guard !records.isEmpty else { return nil }
            // Without a page count in the body, page on until an empty page (never stop early).
            if let total = Self.count(pagesPath.value(in: body)) {
                guard pageNumber - first + 1 < total else { return nil }
            }
            pageNumber += 1
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .pageTotalPagesHeader(let pageParameter, let sizeParameter, let size, let header, let first):
            if let total = response.headers[header].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                guard pageNumber - first + 1 < total else { return nil }
            } else if records.count < size || records.isEmpty {
                return nil
            }
            pageNumber += 1
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .linkHeader:
            guard let target = LinkHeader.target(rel: "next", in: response.headers.values("Link")) else { return nil }
            return try advance(to: pages.client.sameOriginURL(target, relativeTo: current), from: current)
        case .bodyNextLink(let path, let cursorParameter, let sizeParameter, let size):
            return try bodyNext(path: path, cursorParameter: cursorParameter,
                                sizeQuery: Self.sizeQuery(sizeParameter, size), body: body, current: current)
        case .offsetLimit(let offsetParameter, let sizeParameter, let size, let totalPath):
            guard !records.isEmpty else { return nil }
            offset += records.count
            if let totalPath, let total = Self.count(totalPath.value(in: body)), offset >= total { return nil }
            return try offsetURL(offsetParameter: offsetParameter, sizeParameter: sizeParameter, size: size)
        }
    }

    /// Page-number and offset styles that page on until an empty page would loop on a server that
    /// ignores the page parameter: the same non-empty page twice in a row is an error, not a
    /// silent repeat (bounded anyway by `maxPages`).
    mutating func refuseRepeatedPage(_ records: [JSONValue], url: URL) throws {
        switch pages.operation.pagination {
        case .pagePages, .offsetLimit, .pageTotalPagesHeader:
            defer { previousRecords = records }
            guard !records.isEmpty, let previousRecords, previousRecords == records else { return }
            throw ConnectorError(.permanent, .protocolViolation,
                                 message: "GET \(URLRedactor.redact(url)) returned the previous page again: "
                                     + "does the server honour the page or offset parameter?")
        case .none, .linkHeader, .bodyNextLink:
            return
        }
    }

    /// A count reported by the server: a number, or a string holding one (`"7"`).
    static func count(_ value: JSONValue?) -> Int? {
        switch value {
        case .int(let number)?: return number
        case .double(let number)? where number.rounded() == number && abs(number) < 1e15: return Int(number)
        case .string(let text)?: return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    private func offsetURL(offsetParameter: String, sizeParameter: String, size: Int) throws -> URL {
        let query = pages.query + [(offsetParameter, String(offset)), (sizeParameter, String(size))]
        return try pages.client.makeURL(pages.operation, values: pages.values, query: query)
    }

    /// The page-size query item, when the style names one.
    static func sizeQuery(_ parameter: String?, _ size: Int?) -> [(String, String)] {
        guard let parameter, let size else { return [] }
        return [(parameter, String(size))]
    }

    private func bodyNext(path: JSONPath, cursorParameter: String?, sizeQuery: [(String, String)], body: JSONValue,
                          current: URL) throws -> URL? {
        let value = path.value(in: body)
        let text: String
        switch value {
        case .string(let string) where !string.isEmpty: text = string
        case .int(let number): text = String(number)
        default: return nil
        }
        if let cursorParameter, !text.contains("/") {
            let query = pages.query + sizeQuery + [(cursorParameter, text)]
            return try advance(to: pages.client.makeURL(pages.operation, values: pages.values, query: query), from: current)
        }
        return try advance(to: pages.client.sameOriginURL(text, relativeTo: current), from: current)
    }

    private func pageURL(pageParameter: String, sizeParameter: String, size: Int) throws -> URL {
        let query = pages.query + [(pageParameter, String(pageNumber)), (sizeParameter, String(size))]
        return try pages.client.makeURL(pages.operation, values: pages.values, query: query)
    }

    /// Refuses a next link that points at the page just read (a server loop).
    private func advance(to next: URL, from current: URL) throws -> URL {
        guard next.absoluteString != current.absoluteString else {
            throw ConnectorError(.permanent, .protocolViolation, message: "next link repeats the current page \(URLRedactor.redact(current))")
        }
        return next
    }
}

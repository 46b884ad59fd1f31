import Foundation

extension RESTPages.Iterator {
    /// The URL of the first page.
    mutating func firstURL() throws -> URL {
        let client = pages.client
        switch pages.operation.pagination {
        case .none, .bodyNextLink:
            return try client.makeURL(pages.operation, values: pages.values, query: pages.query)
        case .pagePages(let pageParameter, let sizeParameter, let size, _, let first),
            .pageTotalPagesHeader(let pageParameter, let sizeParameter, let size, _, let first):
            pageNumber = first
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .linkHeader(let sizeParameter, let size):
            var query = pages.query
            if let sizeParameter, let size { query.append((sizeParameter, String(size))) }
            return try client.makeURL(pages.operation, values: pages.values, query: query)
        }
    }

    /// The URL of the page after the one just read, or `nil` when it was the last.
    mutating func nextURL(after current: URL, body: JSONValue, response: HTTPResponse, records: [JSONValue]) throws -> URL? {
        switch pages.operation.pagination {
        case .none:
            return nil
        case .pagePages(let pageParameter, let sizeParameter, let size, let pagesPath, _):
            guard !records.isEmpty, let total = pagesPath.value(in: body)?.intValue, pageNumber < total else { return nil }
            pageNumber += 1
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .pageTotalPagesHeader(let pageParameter, let sizeParameter, let size, let header, _):
            if let total = response.headers[header].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                guard pageNumber < total else { return nil }
            } else if records.count < size || records.isEmpty {
                return nil
            }
            pageNumber += 1
            return try pageURL(pageParameter: pageParameter, sizeParameter: sizeParameter, size: size)
        case .linkHeader:
            guard let target = LinkHeader.target(rel: "next", in: response.headers.values("Link")) else { return nil }
            return try advance(to: pages.client.sameOriginURL(target, relativeTo: current), from: current)
        case .bodyNextLink(let path, let cursorParameter):
            return try bodyNext(path: path, cursorParameter: cursorParameter, body: body, current: current)
        }
    }

    private func bodyNext(path: JSONPath, cursorParameter: String?, body: JSONValue, current: URL) throws -> URL? {
        let value = path.value(in: body)
        let text: String
        switch value {
        case .string(let string) where !string.isEmpty: text = string
        case .int(let number): text = String(number)
        default: return nil
        }
        if let cursorParameter, !text.contains("/") {
            let query = pages.query + [(cursorParameter, text)]
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

import Foundation

/// The pages of one list operation, fetched lazily as the caller iterates.
///
/// Stops after the last page as the operation's ``PaginationStyle`` defines it; a failure
/// of any page is thrown from `next()` as a ``ConnectorError``.
public struct RESTPages: AsyncSequence, Sendable {
    /// Each element is one page.
    public typealias Element = RESTPage

    let client: RESTClient
    let operation: RESTOperation
    let values: [String: String]
    let query: [(String, String)]

    /// A fresh iterator starting at the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: self)
    }

    /// Fetches one page per call to ``next()``.
    public struct Iterator: AsyncIteratorProtocol {
        let pages: RESTPages
        var pending: URL?
        var started = false
        var finished = false
        var pageNumber = 0
        var offset = 0
        var previousRecords: [JSONValue]?
        var index = 0

        init(pages: RESTPages) { self.pages = pages }

        /// The next page, or `nil` after the last one.
        public mutating func next() async throws -> RESTPage? {
            if finished { return nil }
            let url = try started ? pending : firstURL()
            started = true
            guard let url else {
                finished = true
                return nil
            }
            index += 1
            guard index <= pages.client.maxPages else {
                finished = true
                throw ConnectorError(.permanent, .protocolViolation, message: "list of \(pages.operation.path) exceeded \(pages.client.maxPages) pages")
            }
            let (body, response) = try await pages.client.fetch(pages.operation, url: url, body: nil)
            let records = try RESTClient.records(at: pages.operation.recordsPath, in: body, url: URLRedactor.redact(url))
            try refuseRepeatedPage(records, url: url)
            pending = try nextURL(after: url, body: body, response: response, records: records)
            if pending == nil { finished = true }
            return RESTPage(records: records, body: body, response: response, index: index)
        }
    }
}

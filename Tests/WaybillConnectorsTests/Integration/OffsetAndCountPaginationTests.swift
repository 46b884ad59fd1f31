import Foundation
import Hummingbird
import Synchronization
import Testing
@testable import WaybillConnectors

/// Offset/limit paging, page styles without a page count, zero-based pages, and servers that
/// ignore the page parameter: a list never stops early and never loops.
@Suite struct OffsetAndCountPaginationTests {
    private static let all = Array(1...7)

    private static func records(_ ids: some Sequence<Int>) -> String {
        "[" + ids.map { #"{"id":\#($0)}"# }.joined(separator: ",") + "]"
    }

    private static func ids(_ pages: [RESTPage]) -> [Int] {
        pages.flatMap(\.records).compactMap { $0["id"]?.intValue }
    }

    private static func collect(_ pages: RESTPages) async throws -> [RESTPage] {
        var result: [RESTPage] = []
        for try await page in pages { result.append(page) }
        return result
    }

    final class RequestLog: Sendable {
        private let queries = Mutex<[String]>([])
        func append(_ query: String) { queries.withLock { $0.append(query) } }
        var all: [String] { queries.withLock { $0 } }
    }

    /// A server that caps pages at 2 records whatever the client asks for.
    private static func offsetRouter(reportTotal: Bool, requests: RequestLog) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/items") { request, _ -> Response in
            requests.append(request.uri.query ?? "")
            let offset = Int(request.uri.queryParameters["skip"] ?? "") ?? -1
            let limit = min(2, Int(request.uri.queryParameters["take"] ?? "") ?? 0)
            let page = all.dropFirst(max(0, offset)).prefix(limit)
            let total = reportTotal ? #","meta":{"total":"7"}"# : ""
            return jsonResponse(#"{"data":\#(records(page))\#(total)}"#)
        }
        return router
    }

    @Test func offsetLimitAdvancesByTheRecordsReceivedAndStopsAtTheTotal() async throws {
        let requests = RequestLog()
        try await withLoopbackServer(Self.offsetRouter(reportTotal: true, requests: requests)) { base in
            let operation = RESTOperation(method: .get, path: "/items", recordsPath: "data",
                                          pagination: .offsetLimit(offsetParameter: "skip", sizeParameter: "take",
                                                                   pageSize: 5, totalPath: "meta.total"))
            let pages = try await Self.collect(restClient(base).list(operation))
            #expect(Self.ids(pages) == Self.all, "a capped page (2 of 5 asked) does not end the list")
            #expect(requests.all == ["skip=0&take=5", "skip=2&take=5", "skip=4&take=5", "skip=6&take=5"])
        }
    }

    @Test func offsetLimitWithoutATotalEndsAtAnEmptyPage() async throws {
        let requests = RequestLog()
        try await withLoopbackServer(Self.offsetRouter(reportTotal: false, requests: requests)) { base in
            let operation = RESTOperation(method: .get, path: "/items", recordsPath: "data",
                                          pagination: .offsetLimit(offsetParameter: "skip", sizeParameter: "take",
                                                                   pageSize: 2, totalPath: nil))
            let pages = try await Self.collect(restClient(base).list(operation))
            #expect(Self.ids(pages) == Self.all)
            #expect(requests.all.count == 5, "four pages and the empty one")
        }
    }

    @Test func pageStylesWithoutACountPageOnAndZeroBasedPagesWork() async throws {
        let router = Router()
        router.get("/orders") { request, _ -> Response in
            let page = Int(request.uri.queryParameters["p"] ?? "") ?? -1
            let slice = page < 0 ? [] : Array(Self.all.dropFirst(page * 3).prefix(3))
            return jsonResponse(#"{"orders":\#(Self.records(slice)),"pages":"3"}"#)
        }
        router.get("/uncounted") { request, _ -> Response in
            let page = Int(request.uri.queryParameters["page"] ?? "") ?? 0
            return jsonResponse(#"{"orders":\#(Self.records(Self.all.dropFirst((page - 1) * 3).prefix(3)))}"#)
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base)
            let zeroBased = RESTOperation(method: .get, path: "/orders", recordsPath: "orders",
                                          pagination: .pagePages(pageParameter: "p", sizeParameter: "n", pageSize: 3,
                                                                 pagesPath: "pages", firstPage: 0))
            let counted = try await Self.collect(client.list(zeroBased))
            #expect(counted.count == 3, "pages 0, 1, 2 of a count given as a string")
            #expect(Self.ids(counted) == Self.all)
            let uncounted = RESTOperation(method: .get, path: "/uncounted", recordsPath: "orders",
                                          pagination: .pagePages(pageSize: 3))
            let read = try await Self.collect(client.list(uncounted))
            #expect(Self.ids(read) == Self.all,
                    "no `pages` in the body: read on to the empty page instead of stopping after page 1")
        }
    }

    @Test func aServerIgnoringThePageParameterIsAnErrorNotALoop() async throws {
        let router = Router()
        router.get("/stuck") { _, _ -> Response in jsonResponse(#"{"data":[{"id":1},{"id":2}]}"#) }
        try await withLoopbackServer(router) { base in
            let operation = RESTOperation(method: .get, path: "/stuck", recordsPath: "data",
                                          pagination: .offsetLimit(offsetParameter: "offset", sizeParameter: "limit",
                                                                   pageSize: 2, totalPath: nil))
            var iterator = restClient(base).list(operation).makeAsyncIterator()
            let first = try await iterator.next()
            #expect(first?.records.count == 2)
            let error = await #expect(throws: ConnectorError.self) { _ = try await iterator.next() }
            #expect(error?.disposition == .permanent)
            #expect(error?.message.contains("previous page again") == true)
        }
    }
}

import Foundation
import Hummingbird
import Testing
@testable import WaybillConnectors

private let allIDs = Array(1...7)

private func slice(page: Int, size: Int) -> [Int] {
    Array(allIDs.dropFirst((page - 1) * size).prefix(size))
}

private func recordsJSON(_ ids: [Int]) -> String {
    "[" + ids.map { #"{"id":\#($0)}"# }.joined(separator: ",") + "]"
}

private func ids(_ pages: [RESTPage]) -> [Int] {
    pages.flatMap(\.records).compactMap { $0["id"]?.intValue }
}

private func collect(_ pages: RESTPages) async throws -> [RESTPage] {
    var result: [RESTPage] = []
    for try await page in pages { result.append(page) }
    return result
}

@Suite struct PaginationIntegrationTests {
    @Test func pageAndPagesInBody() async throws {
        let router = Router()
        router.get("/orders") { request, _ -> Response in
            let page = Int(request.uri.queryParameters["page"] ?? "") ?? 0
            let size = Int(request.uri.queryParameters["pageSize"] ?? "") ?? 0
            let channel = request.headers[field("shipbob_channel_id")] ?? "missing"
            return jsonResponse(#"{"orders":\#(recordsJSON(slice(page: page, size: size))),"total":7,"page":\#(page),"pages":3,"channel":"\#(channel)"}"#)
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base, headers: ["shipbob_channel_id": "42"])
            let operation = RESTOperation(method: .get, path: "/orders", query: [("orderStatus", "shipped")], recordsPath: "orders", pagination: .pagePages(pageSize: 3))
            let pages = try await collect(client.list(operation))
            #expect(pages.count == 3)
            #expect(ids(pages) == allIDs)
            #expect(pages.allSatisfy { $0.body["channel"] == "42" })
        }
    }

    @Test func pagePerPageWithTotalPagesHeader() async throws {
        let router = Router()
        router.get("/wp-json/wc/v3/orders") { request, _ -> Response in
            let page = Int(request.uri.queryParameters["page"] ?? "") ?? 0
            let size = Int(request.uri.queryParameters["per_page"] ?? "") ?? 0
            let signed = request.uri.queryParameters["oauth_signature"] != nil
            guard signed else { return jsonResponse(#"{"code":"woocommerce_rest_authentication_error"}"#, status: 401) }
            return jsonResponse(recordsJSON(slice(page: page, size: size)), headers: [field("X-WP-Total"): "7", field("X-WP-TotalPages"): "4"])
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base, path: "wp-json/wc/v3", scheme: .oauth1Query(consumerKey: "ck_1", consumerSecret: "cs_1"))
            let pages = try await collect(client.list(RESTOperation(method: .get, path: "/orders", pagination: .wpTotalPages(pageSize: 2))))
            #expect(pages.count == 4)
            #expect(ids(pages) == allIDs)
        }
    }

    @Test func linkHeaderCursors() async throws {
        let router = Router()
        router.get("/admin/api/2025-07/orders.json") { request, _ -> Response in
            let cursor = Int(request.uri.queryParameters["page_info"] ?? "1") ?? 1
            let limit = request.uri.queryParameters["limit"] ?? "?"
            var headers: HTTPFields = [:]
            if cursor < 3, let host = request.head.authority {
                headers[field("Link")] = #"<http://\#(host)/admin/api/2025-07/orders.json?limit=\#(limit)&page_info=\#(cursor + 1)>; rel="next""#
            }
            return jsonResponse(#"{"orders":\#(recordsJSON(slice(page: cursor, size: 3)))}"#, headers: headers)
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base, path: "admin/api/2025-07")
            let operation = RESTOperation(method: .get, path: "/orders.json", recordsPath: "orders", pagination: .linkHeader(sizeParameter: "limit", pageSize: 3))
            let pages = try await collect(client.list(operation))
            #expect(pages.count == 3)
            #expect(ids(pages) == allIDs)
        }
    }

    @Test func bodyNextRelativeLinkAndCursorParameter() async throws {
        let router = Router()
        router.get("/2026-01/order") { request, _ -> Response in
            let cursor = Int(request.uri.queryParameters["Cursor"] ?? "1") ?? 1
            let next = cursor < 3 ? #""/2026-01/order?Cursor=\#(cursor + 1)""# : "null"
            return jsonResponse(#"{"items":\#(recordsJSON(slice(page: cursor, size: 3))),"next":\#(next),"token":\#(cursor < 3 ? "\"\(cursor + 1)\"" : "null")}"#)
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base)
            let byLink = RESTOperation(method: .get, path: "/2026-01/order", recordsPath: "items", pagination: .bodyNextLink(path: "next", cursorParameter: nil))
            let linked = try await collect(client.list(byLink))
            #expect(ids(linked) == allIDs)
            let byCursor = RESTOperation(method: .get, path: "/2026-01/order", recordsPath: "items", pagination: .bodyNextLink(path: "token", cursorParameter: "Cursor"))
            let cursored = try await collect(client.list(byCursor))
            #expect(ids(cursored) == allIDs)
        }
    }

    @Test func foreignNextLinkIsRefused() async throws {
        let router = Router()
        router.get("/items") { _, _ -> Response in
            jsonResponse(#"{"items":[{"id":1}],"next":"https://evil.example.com/steal"}"#)
        }
        try await withLoopbackServer(router) { base in
            let client = restClient(base)
            var iterator = client.list(RESTOperation(method: .get, path: "/items", recordsPath: "items", pagination: .bodyNextLink(path: "next", cursorParameter: nil))).makeAsyncIterator()
            let error = await #expect(throws: ConnectorError.self) { _ = try await iterator.next() }
            #expect(error?.message.contains("evil.example.com") == true)
        }
    }

    @Test func crudOperationsUseTemplatesBodiesAndRecordPaths() async throws {
        let router = Router()
        router.post("/products/{id}") { request, context -> Response in
            let body = try await request.body.collect(upTo: 1 << 16)
            let id = context.parameters.get("id") ?? "?"
            return jsonResponse(#"{"product":{"id":\#(id),"echo":\#(String(decoding: body.readableBytesView, as: UTF8.self))}}"#, status: 201)
        }
        router.get("/products/{id}") { _, context -> Response in
            jsonResponse(#"{"product":{"id":\#(context.parameters.get("id") ?? "0")}}"#)
        }
        router.delete("/products/{id}") { _, _ -> Response in Response(status: .noContent) }
        try await withLoopbackServer(router) { base in
            let client = restClient(base)
            let create = RESTOperation(method: .post, path: "/products/{id}", recordsPath: "product")
            let created = try await client.create(create, values: ["id": "9"], body: ["sku": "A-1", "qty": 3])
            #expect(created == ["id": 9, "echo": ["qty": 3, "sku": "A-1"]])
            #expect(try await client.get(RESTOperation(method: .get, path: "/products/{id}", recordsPath: "product"), values: ["id": "5"]) == ["id": 5])
            #expect(try await client.delete(RESTOperation(method: .delete, path: "/products/{id}"), values: ["id": "5"]) == .null)
        }
    }
}

import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct SystemChannelTests {
    private func channel(_ scheme: AuthScheme, transport: RecordingTransport, records: Locked<[CallRecord]>? = nil) -> SystemChannel {
        let authorizer = RequestAuthorizer(scheme: scheme, transport: transport, now: { Date(timeIntervalSince1970: 1_700_000_000) }, nonce: { "n1" })
        var observer: (@Sendable (CallRecord) -> Void)?
        if let records {
            observer = { record in records.withLock { $0.append(record) } }
        }
        return SystemChannel(transport: transport, authorizer: authorizer, observer: observer)
    }

    @Test func basicAuthMatchesTheShipStationDocsExample() async throws {
        let transport = RecordingTransport { _ in .json("{}") }
        _ = try await channel(.basic(username: "ShipStation", password: "Rocks"), transport: transport).execute(HTTPRequest(method: .get, url: testURL("https://ssapi.test/orders")))
        #expect(transport.requests.first?.headers["authorization"] == "Basic U2hpcFN0YXRpb246Um9ja3M=")
    }

    @Test(arguments: [
        (AuthScheme.apiKeyHeader(name: "API-Key", value: "k1"), "API-Key", "k1"),
        (.bearer(token: "pat"), "Authorization", "Bearer pat"),
        (.odooAPIKey(database: "acme", login: "bot", key: "ok"), "Authorization", "bearer ok"),
        (.odooAPIKey(database: "acme", login: "bot", key: "ok"), "X-Odoo-Database", "acme"),
    ])
    func headerSchemes(scheme: AuthScheme, header: String, value: String) async throws {
        let transport = RecordingTransport { _ in .json("{}") }
        _ = try await channel(scheme, transport: transport).execute(HTTPRequest(method: .get, url: testURL("https://api.test/x")))
        #expect(transport.requests.first?.headers[header] == value)
    }

    @Test func oauth1SchemeSignsTheQuery() async throws {
        let transport = RecordingTransport { _ in .json("[]") }
        _ = try await channel(.oauth1Query(consumerKey: "ck_123", consumerSecret: "cs_abc"), transport: transport)
            .execute(HTTPRequest(method: .get, url: testURL("http://127.0.0.1:8080/wp-json/wc/v3/orders")))
        let query = transport.requests.first?.url.query ?? ""
        #expect(query.contains("oauth_consumer_key=ck_123"))
        #expect(query.contains("oauth_nonce=n1"))
        #expect(query.contains("oauth_timestamp=1700000000"))
        #expect(query.contains("oauth_signature="))
    }

    @Test func everyExchangeIsReportedWithoutSecrets() async throws {
        let transport = RecordingTransport { request in
            if request.url.path == "/down" { throw TransportError(kind: .connection, method: request.method, url: request.redactedURL, detail: "refused") }
            return .json("{}", status: request.url.path == "/missing" ? 404 : 200)
        }
        let records = Locked<[CallRecord]>([])
        let pipeline = channel(.none, transport: transport, records: records)
        _ = try await pipeline.execute(HTTPRequest(method: .get, url: testURL("https://api.test/ok?api_key=SECRET1&page=2")))
        await #expect(throws: ConnectorError.self) { try await pipeline.execute(HTTPRequest(method: .post, url: testURL("https://api.test/missing"))) }
        await #expect(throws: ConnectorError.self) { try await pipeline.execute(HTTPRequest(method: .get, url: testURL("https://api.test/down"))) }
        let seen = records.withLock { $0 }
        #expect(seen.map(\.status) == [200, 404, nil])
        #expect(seen.map(\.failure) == [nil, nil, .connection])
        #expect(seen.first?.url == "https://api.test/ok?api_key=<redacted>&page=2")
        #expect(seen.allSatisfy { !$0.url.contains("SECRET1") })
    }
}

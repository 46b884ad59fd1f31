import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct RESTHelpersTests {
    @Test func pathTemplates() throws {
        #expect(try PathTemplate.fill("/orders/{id}", values: ["id": "727"]) == "/orders/727")
        #expect(try PathTemplate.fill("/x/{a}/{b}", values: ["a": "a b/c", "b": "ü"]) == "/x/a%20b%2Fc/%C3%BC")
        let missing = #expect(throws: ConnectorError.self) { try PathTemplate.fill("/orders/{id}", values: [:]) }
        #expect(missing?.category == .configuration)
        #expect(missing?.message.contains("{id}") == true)
        #expect(throws: ConnectorError.self) { try PathTemplate.fill("/orders/{id", values: ["id": "1"]) }
    }

    @Test func linkHeaderParsing() {
        let header = #"<https://shop.myshopify.com/admin/api/2025-07/orders.json?limit=50&page_info=abc>; rel="previous", <https://shop.myshopify.com/admin/api/2025-07/orders.json?limit=50&page_info=def>; rel="next""#
        #expect(LinkHeader.target(rel: "next", in: [header]) == "https://shop.myshopify.com/admin/api/2025-07/orders.json?limit=50&page_info=def")
        #expect(LinkHeader.target(rel: "previous", in: [header])?.hasSuffix("page_info=abc") == true)
        #expect(LinkHeader.target(rel: "next", in: [#"<https://a.test/p2>; rel=next"#]) == "https://a.test/p2")
        #expect(LinkHeader.target(rel: "next", in: [#"<https://a.test/p9>; rel="last""#]) == nil)
    }

    @Test func jsonPaths() {
        let body: JSONValue = ["data": ["items": [["id": 1], ["id": 2]]], "links": ["next": ["href": "/p2"]]]
        #expect(JSONPath("data.items").value(in: body)?.arrayValue?.count == 2)
        #expect(JSONPath("data.items.1.id").value(in: body) == 2)
        #expect(JSONPath("links.next.href").value(in: body) == "/p2")
        #expect(JSONPath("$").value(in: body) == body)
        #expect(JSONPath("data.missing").value(in: body) == nil)
    }

    @Test func oauth1SignatureMatchesOAuthlib() {
        // Expected value computed independently with Python oauthlib 3 (HMAC-SHA256, query signature type).
        let signer = OAuth1QuerySigner(consumerKey: "ck_123", consumerSecret: "cs_abc")
        let signed = signer.sign(method: .get, url: testURL("http://127.0.0.1:8080/wp-json/wc/v3/orders?per_page=10&status=processing"), timestamp: 1_700_000_000, nonce: "abc123")
        let items = URLComponents(url: signed, resolvingAgainstBaseURL: false)?.queryItems ?? []
        #expect(items.first { $0.name == "oauth_signature" }?.value == "h3WdTkhgDJwJuVBcfNA+PETxqiCVadrplN7WFxemqCw=")
        #expect(items.first { $0.name == "per_page" }?.value == "10")
    }
}

@Suite struct SecretRedactionTests {
    @Test func secretNeverPrints() {
        let secret = Secret("sk_live_123456")
        #expect("\(secret)" == "<redacted>")
        #expect(String(describing: secret) == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(!"\([secret])".contains("sk_live"))
    }

    @Test func urlRedaction() {
        let text = URLRedactor.redact(testURL("https://user:pw@shop.test/wc?consumer_key=ck_1&consumer_secret=cs_2&page=2&oauth_signature=abc%3D&access_token=t"))
        #expect(!text.contains("cs_2"))
        #expect(!text.contains("ck_1"))
        #expect(!text.contains("abc"))
        #expect(!text.contains("pw"))
        #expect(text.contains("page=2"))
        #expect(text.contains("consumer_secret=<redacted>"))
    }

    @Test func secretsNeverAppearInErrors() async throws {
        let apiSecret = "cs_TOPSECRET_9f8e7d"
        let transport = RecordingTransport { request in
            // A server that fails every way it can.
            switch request.url.path {
            case "/timeout": throw TransportError(kind: .timeout, method: request.method, url: request.redactedURL, detail: "")
            case "/fail": return .json(#"{"message":"boom"}"#, status: 500)
            default: return .json(#"{"message":"invalid"}"#, status: 422)
            }
        }
        let schemes: [AuthScheme] = [
            .basic(username: "key", password: Secret(apiSecret)), .apiKeyHeader(name: "API-Key", value: Secret(apiSecret)),
            .bearer(token: Secret(apiSecret)), .oauth1Query(consumerKey: "ck_x", consumerSecret: Secret(apiSecret)),
            .odooAPIKey(database: "db", login: "bot", key: Secret(apiSecret)),
        ]
        for scheme in schemes {
            let client = RESTClient(baseURL: testURL("http://127.0.0.1:1/api"), channel: SystemChannel(transport: transport, authorizer: RequestAuthorizer(scheme: scheme, transport: transport)))
            for path in ["/timeout", "/fail", "/bad?consumer_secret=\(apiSecret)&token=\(apiSecret)"] {
                do {
                    _ = try await client.call(RESTOperation(method: .post, path: path), body: ["a": 1])
                    Issue.record("expected an error")
                } catch {
                    #expect(!"\(error)".contains(apiSecret), "\(scheme) leaked in \(error)")
                    #expect(!String(reflecting: error).contains(apiSecret))
                }
            }
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WaybillServer

@Suite("Server responder: the direct webhook path and the router behind it")
struct ServerResponderTests {
    @Test("webhook paths split into tenant, system and optional token; anything else is not one")
    func paths() {
        #expect(WebhookPath("/webhooks/acme/woo") == WebhookPath(tenant: "acme", system: "woo", token: nil))
        #expect(WebhookPath("/webhooks/acme/woo/s3cret") == WebhookPath(tenant: "acme", system: "woo", token: "s3cret"))
        #expect(WebhookPath("//webhooks//acme/woo/") == WebhookPath(tenant: "acme", system: "woo", token: nil))
        #expect(WebhookPath("/webhooks/acme") == nil)
        #expect(WebhookPath("/webhooks/acme/woo/token/extra") == nil)
        #expect(WebhookPath("/hooks/acme/woo") == nil)
        #expect(WebhookPath("/webhooksx/acme/woo") == nil)
        #expect(WebhookPath("/") == nil)
    }

    @Test("non-webhook requests reach the router: health answers, unknown paths 404, GET on a webhook path is refused")
    func fallback() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/webhooks/acme", method: .post) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/webhooks/acme/woo/a/b", method: .post) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/nothing", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/webhooks/acme/woo", method: .get) {
                #expect($0.status == .notFound || $0.status == .methodNotAllowed)
            }
        }
        #expect(try await harness.jobTotal() == 0)
    }

    @Test("a signed delivery on the direct path with a token component reaches the intake with that token")
    func tokenPath() async throws {
        let harness = try ServerHarness()
        let (body, headers) = WebhookIntakeTests.signedOrder(7, delivery: "t-1")
        try await harness.withClient { client in
            // The harness's route is HMAC-verified, so an extra token component is carried but not needed.
            try await client.execute(uri: "/webhooks/acme/woo/anything", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: body)) { #expect($0.status == .ok) }
        }
        #expect(try await harness.jobTotal() == 1)
    }
}

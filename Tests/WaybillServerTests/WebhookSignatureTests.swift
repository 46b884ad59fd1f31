import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaybillServer
import WaybillStore

@Suite("Webhook signatures through the HTTP route")
struct WebhookSignatureTests {
    static let order = Array(#"{"id":42,"date_modified":"2026-05-01T10:00:00"}"#.utf8)

    @Test("a good HMAC answers 200 only once the job is in the store")
    func goodSignature() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let headers = fields([("X-WC-Webhook-Signature", ServerHarness.wooSignature(Self.order)),
                                  ("X-WC-Webhook-Delivery-ID", "d-1"), ("X-WC-Webhook-Topic", "order.updated")])
            try await client.execute(uri: "/webhooks/acme/woo", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: Self.order)) { response in
                #expect(response.status == .ok)
                let counts = try await harness.store.jobCounts()
                #expect(counts.map(\.flow) == ["orders"])
                #expect(counts.first?.state == .pending)
                #expect(counts.first?.count == 1)
            }
        }
        let received = try await harness.audit(.received)
        #expect(received.map(\.sourceID) == ["woo:order:42"])
        #expect(harness.intake.metrics.value("waybill_webhooks_accepted_total", ["tenant": "acme", "system": "woo"]) == 1)
    }

    @Test("refused deliveries get a generic 401, write no job, and are audited and counted",
          arguments: [
            ("tampered", Array(#"{"id":43,"date_modified":"2026-05-01T10:00:00"}"#.utf8),
             ServerHarness.wooSignature(WebhookSignatureTests.order), "bad_signature"),
            ("wrong secret", WebhookSignatureTests.order,
             ServerHarness.wooSignature(WebhookSignatureTests.order, secret: "other"), "bad_signature"),
            ("not base64", WebhookSignatureTests.order, "%%%", "malformed"),
          ])
    func refusedHMAC(_ case_: String, body: [UInt8], signature: String, reason: String) async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/woo", method: .post,
                                     headers: fields([("X-WC-Webhook-Signature", signature)]),
                                     body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body) == "unauthorized\n")
            }
        }
        #expect(try await harness.jobTotal() == 0)
        let rejected = try await harness.audit(.rejected)
        #expect(rejected.count == 1)
        #expect(rejected.first?.detail.contains(reason) == true)
        #expect(harness.intake.metrics.value("waybill_webhooks_rejected_total",
                                             ["tenant": "acme", "system": "woo", "reason": reason]) == 1)
    }

    @Test("a missing signature header is refused")
    func missingHeader() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/woo", method: .post, body: ByteBuffer(bytes: Self.order)) {
                #expect($0.status == .unauthorized)
            }
        }
        #expect(try await harness.jobTotal() == 0)
        #expect(try await harness.audit(.rejected).first?.detail.contains("missing_header") == true)
    }

    @Test("Standard Webhooks: fresh timestamp accepted, stale or missing refused",
          arguments: [(0.0, 200), (-301.0, 401), (400.0, 401)])
    func standardWebhooks(offset: Double, status: Int) async throws {
        let harness = try ServerHarness()
        let body = Array(#"{"id":7}"#.utf8)
        let headers = ServerHarness.standardHeaders(body, id: "msg_1", timestamp: harness.now.addingTimeInterval(offset))
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/hooks", method: .post, headers: fields(headers),
                                     body: ByteBuffer(bytes: body)) { #expect($0.status.code == status) }
            try await client.execute(uri: "/webhooks/acme/hooks", method: .post,
                                     headers: fields(headers.filter { $0.0 != "webhook-timestamp" }),
                                     body: ByteBuffer(bytes: body)) { #expect($0.status == .unauthorized) }
        }
        #expect(try await harness.jobTotal() == (status == 200 ? 1 : 0))
    }

    @Test("a `none` route needs the right path token")
    func pathToken() async throws {
        let harness = try ServerHarness()
        let body = ByteBuffer(string: #"{"resource_url":"https://ss.example/shipments?batch=1","resource_type":"SHIP_NOTIFY"}"#)
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/shipstation/wrong", method: .post, body: body) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/webhooks/acme/shipstation", method: .post, body: body) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/webhooks/acme/shipstation/\(ServerHarness.pathToken)", method: .post,
                                     body: body) { #expect($0.status == .ok) }
        }
        #expect(try await harness.jobTotal() == 1)
    }
}

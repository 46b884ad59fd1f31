import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaybillServer
import WaybillStore

@Suite("Webhook intake")
struct WebhookIntakeTests {
    static func signedOrder(_ id: Int, delivery: String, topic: String = "order.updated") -> ([UInt8], HTTPFields) {
        let body = Array(#"{"id":\#(id),"date_modified":"2026-05-01T10:00:00"}"#.utf8)
        return (body, fields([("X-WC-Webhook-Signature", ServerHarness.wooSignature(body)),
                              ("X-WC-Webhook-Delivery-ID", delivery), ("X-WC-Webhook-Topic", topic)]))
    }

    @Test("the same delivery twice makes one job; both answered 200")
    func duplicateDelivery() async throws {
        let harness = try ServerHarness()
        let (body, headers) = Self.signedOrder(42, delivery: "d-9")
        try await harness.withClient { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/webhooks/acme/woo", method: .post, headers: headers,
                                         body: ByteBuffer(bytes: body)) { #expect($0.status == .ok) }
            }
        }
        #expect(try await harness.jobTotal() == 1)
        #expect(harness.intake.metrics.value("waybill_webhooks_duplicate_total", ["tenant": "acme", "system": "woo"]) == 1)
    }

    @Test("concurrent deliveries are committed together and each gets its job")
    func concurrentDeliveries() async throws {
        let harness = try ServerHarness()
        let answers = await withTaskGroup(of: Int.self) { group in
            for index in 0..<50 {
                group.addTask {
                    let (body, _) = Self.signedOrder(index, delivery: "c-\(index)")
                    let request = IntakeRequest(tenant: "acme", system: "woo", headers: [
                        "X-WC-Webhook-Signature": ServerHarness.wooSignature(body),
                        "X-WC-Webhook-Delivery-ID": "c-\(index)",
                    ], body: body)
                    return await harness.intake.receive(request).status
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(answers == Array(repeating: 200, count: 50))
        #expect(try await harness.jobTotal() == 50)
    }

    @Test("a body over the cap is refused with 413 and not stored")
    func bodyCap() async throws {
        let harness = try ServerHarness(maxBodyBytes: 64)
        let body = Array(#"{"id":1,"date_modified":"x","pad":"\#(String(repeating: "a", count: 100))"}"#.utf8)
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/woo", method: .post,
                                     headers: fields([("X-WC-Webhook-Signature", ServerHarness.wooSignature(body))]),
                                     body: ByteBuffer(bytes: body)) { #expect($0.status == .contentTooLarge) }
        }
        #expect(try await harness.jobTotal() == 0)
        #expect(try await harness.audit(.rejected).first?.detail.contains("too_large") == true)
    }

    @Test("an unsigned form ping is answered 200 and ignored; an unsigned JSON body is not")
    func ping() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/woo", method: .post,
                                     headers: fields([("Content-Type", "application/x-www-form-urlencoded")]),
                                     body: ByteBuffer(string: "webhook_id=12")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/webhooks/acme/woo", method: .post,
                                     body: ByteBuffer(string: #"{"webhook_id":12}"#)) {
                #expect($0.status == .unauthorized)
            }
        }
        #expect(try await harness.jobTotal() == 0)
        #expect(harness.intake.metrics.value("waybill_webhooks_pings_total", ["tenant": "acme", "system": "woo"]) == 1)
    }

    @Test("events a flow does not take are answered 200 without a job")
    func eventFilter() async throws {
        let harness = try ServerHarness()
        let body = ByteBuffer(string: #"{"resource_url":"https://ss.example/orders?batch=1","resource_type":"ORDER_NOTIFY"}"#)
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/shipstation/\(ServerHarness.pathToken)", method: .post,
                                     body: body) { #expect($0.status == .ok) }
        }
        #expect(try await harness.jobTotal() == 0)
    }

    @Test("unknown tenant or system answers 404; a verified non-JSON body answers 400")
    func unknownRouteAndBadJSON() async throws {
        let harness = try ServerHarness()
        let body = Array("not json".utf8)
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/other/woo", method: .post, body: ByteBuffer(bytes: body)) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/webhooks/acme/woo", method: .post,
                                     headers: fields([("X-WC-Webhook-Signature", ServerHarness.wooSignature(body))]),
                                     body: ByteBuffer(bytes: body)) { #expect($0.status == .badRequest) }
        }
        #expect(try await harness.jobTotal() == 0)
    }
}

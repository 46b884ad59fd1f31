import Foundation
import WaybillSimulators

/// A minimal simulator for core tests: `GET /things`, `GET /things/{id}`, a fixed window of 3 per minute.
final class TestSimulator: Simulator {
    let name = "test"
    let environment: SimulatorEnvironment
    let routes: SimRouter
    let credentials = ["token": "t0k"]
    let webhookSecret = "test_secret"
    private let limiter = RateLimiterTable { FixedWindowLimiter(limit: 3, window: 60) }

    init(environment: SimulatorEnvironment = SimulatorEnvironment(clock: .manual())) {
        self.environment = environment
        var router = SimRouter()
        let records = environment.records
        router.add("GET", "/things") { _ in .json(.array(records.all("things"))) }
        router.add("GET", "/things/{id}") { request in
            guard let thing = records.get("things", id: request.parameter("id") ?? "") else {
                return .json(["message": "Not Found"], status: 404)
            }
            return .json(thing)
        }
        router.add("POST", "/hooks") { request in
            records.insert("hooks", [
                "body": .string(String(decoding: request.body, as: UTF8.self)),
                "content_type": request.header("content-type").map { .string($0) } ?? nil,
                "signature": (request.header("x-wc-webhook-signature") ?? request.header("x-signature")).map { .string($0) } ?? nil,
            ], idField: "id")
            return .text("ok")
        }
        router.add("GET", "/things/{id}.json") { request in .json(["suffix": .string(request.parameter("id") ?? "")]) }
        routes = router
    }

    func seedDemoData() {
        environment.records.insert("things", ["name": "first"], idField: "id")
        environment.records.insert("things", ["name": "second"], idField: "id")
    }

    func resetState() { limiter.reset() }

    func admit(_ request: SimRequest) -> RateAdmission {
        let decision = limiter.with("all") { $0.take(now: environment.clock.now()) }
        let headers = [("X-Remaining", String(decision.remaining))]
        guard decision.allowed else {
            return .reject(.json(["message": "slow down"], status: 429, headers: [("Retry-After", String(decision.retryAfterSeconds))]))
        }
        return .allow(headers: headers)
    }

    func webhooks(for fire: WebhookFire) throws -> [OutgoingWebhook] {
        let body = (fire.payload ?? ["topic": .string(fire.topic)]).serialized()
        let signature = WebhookSigning.hmacSHA256Base64(body: body, secret: webhookSecret)
        return [OutgoingWebhook(
            url: fire.url ?? "http://127.0.0.1:1/none", topic: fire.topic,
            headers: [("X-Signature", fire.badSignature ? WebhookSigning.corrupt(signature) : signature)], body: body
        )]
    }
}

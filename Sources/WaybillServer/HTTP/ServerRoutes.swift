import Foundation
import Hummingbird
import WaybillConnectors
import WaybillStore

/// The HTTP surface: `POST /webhooks/{tenant}/{system}[/{token}]`, `GET /healthz`, `/readyz`,
/// `/metrics`.
public struct ServerRoutes: Sendable {
    /// The webhook logic.
    public let intake: WebhookIntake
    /// Readiness: the store answers and the rules are loaded.
    public let readiness: @Sendable () async -> Bool

    /// Creates the routes; `readiness` defaults to a store query.
    public init(intake: WebhookIntake, readiness: (@Sendable () async -> Bool)? = nil) {
        self.intake = intake
        let store = intake.engine.store
        self.readiness = readiness ?? { (try? await store.jobCounts()) != nil }
    }

    /// A router with every route.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/webhooks/:tenant/:system") { request, context in
            try await self.webhook(request, tenant: try context.parameters.require("tenant"),
                                   system: try context.parameters.require("system"), token: nil)
        }
        router.post("/webhooks/:tenant/:system/:token") { request, context in
            try await self.webhook(request, tenant: try context.parameters.require("tenant"),
                                   system: try context.parameters.require("system"),
                                   token: try context.parameters.require("token"))
        }
        router.get("/healthz") { _, _ in Self.text(200, "ok\n") }
        router.get("/readyz") { _, _ in
            await self.readiness() ? Self.text(200, "ready\n") : Self.text(503, "not ready\n")
        }
        router.get("/metrics") { _, _ in
            let counts = (try? await self.intake.engine.store.jobCounts()) ?? []
            let waiting = (try? await self.intake.engine.store.oldestWaitingJobs()) ?? []
            let now = Date()
            let lag = waiting.isEmpty ? 0 : waiting.map { $0.lag(now: now) }.max()
            let text = PrometheusText.render(metrics: self.intake.metrics, jobCounts: counts, oldestWaitingAge: lag,
                                             calls: self.intake.engine.callStatistics.snapshot(),
                                             flowCounters: self.intake.engine.metrics.snapshot())
            return Self.text(200, text, contentType: PrometheusText.contentType)
        }
        return router
    }

    /// The HTTP responder the daemon serves: ``router()`` with a direct path for webhooks.
    public func responder() -> ServerResponder {
        ServerResponder(routes: self)
    }

    /// Reads a delivery's body (up to the cap) and headers and hands it to the intake.
    func webhook(_ request: Request, tenant: String, system: String, token: String?) async throws -> Response {
        var body: [UInt8] = []
        var tooLarge = false
        for try await chunk in request.body {
            if body.count + chunk.readableBytes > intake.maxBodyBytes {
                tooLarge = true
                break
            }
            body.append(contentsOf: chunk.readableBytesView)
        }
        var headers = WaybillConnectors.HTTPHeaders()
        for field in request.headers { headers.add(field.name.canonicalName, field.value) }
        let delivery = IntakeRequest(tenant: tenant, system: system, pathToken: token, headers: headers, body: body)
        let answer = tooLarge ? await intake.refuseOversized(delivery) : await intake.receive(delivery)
        return Self.text(answer.status, answer.text)
    }

    static func text(_ status: Int, _ text: String, contentType: String = "text/plain; charset=utf-8") -> Response {
        Response(status: .init(code: status), headers: [.contentType: contentType],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

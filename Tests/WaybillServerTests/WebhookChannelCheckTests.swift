import Foundation
import Testing
import WaybillConnectors
import WaybillEngine
import WaybillRules
import WaybillServer
import WaybillStore

/// `webhooks.channel_check`: a verified delivery naming another channel is refused (403) and
/// audited before any job exists; the expected channel comes from the connection's settings.
@Suite("Webhook channel check")
struct WebhookChannelCheckTests {
    static func intake(_ harness: ServerHarness) -> WebhookIntake {
        var routes = ServerHarness.routes()
        for index in routes.indices where routes[index].system == "hooks" {
            routes[index].channelCheck = WebhookChannelCheck(path: "channel.id", expected: "100101")
        }
        let now = harness.now
        return WebhookIntake(routes: routes, engine: harness.engine, committer: GroupCommitter(store: harness.store),
                             now: { now })
    }

    static func request(_ body: String, id: String, at now: Date) -> IntakeRequest {
        let bytes = Array(body.utf8)
        var headers = HTTPHeaders()
        for (name, value) in ServerHarness.standardHeaders(bytes, id: id, timestamp: now) { headers.add(name, value) }
        return IntakeRequest(tenant: "acme", system: "hooks", headers: headers, body: bytes)
    }

    @Test("the connection's channel is accepted; another channel is refused 403, audited, and queues nothing")
    func mismatch() async throws {
        let harness = try ServerHarness()
        let intake = Self.intake(harness)
        let other = await intake.receive(Self.request(#"{"id":7,"channel":{"id":999}}"#, id: "m-1", at: harness.now))
        #expect(other.status == 403)
        #expect(try await harness.jobTotal() == 0)
        let rejected = try await harness.audit(.rejected)
        #expect(rejected.count == 1)
        #expect(rejected.first?.detail.contains("channel_mismatch") == true)
        #expect(rejected.first?.detail.contains("999") == true)
        let same = await intake.receive(Self.request(#"{"id":8,"channel":{"id":100101}}"#, id: "m-2", at: harness.now))
        #expect(same.status == 200)
        #expect(try await harness.jobTotal() == 1)
    }

    @Test("a body naming no channel passes (the signature proves the sender)")
    func absent() async throws {
        let harness = try ServerHarness()
        let answer = await Self.intake(harness).receive(Self.request(#"{"id":9}"#, id: "m-3", at: harness.now))
        #expect(answer.status == 200)
        #expect(try await harness.jobTotal() == 1)
    }

    @Test("the expected channel is the connection setting the template names")
    func expected() throws {
        let template = RuleExpression(source: "${connection.channel_id}", form: .template,
                                      location: SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(try ConnectionTemplate.text(template, settings: ["channel_id": .int(100_101)]) == "100101")
        let check = WebhookChannelCheck(path: "channel.id", expected: "100101")
        #expect(check.violation(in: .object(["channel": .object(["id": .int(100_101)])])) == nil)
        #expect(check.violation(in: .object(["channel": .object(["id": .string("5")])])) != nil)
    }
}

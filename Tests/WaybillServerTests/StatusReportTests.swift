import Foundation
import Testing
import WaybillServer
import WaybillStore

@Suite("Operator reports")
struct StatusReportTests {
    @Test("status counts jobs per state, flow and tenant, and dead letters per flow")
    func status() async throws {
        let harness = try ServerHarness()
        let jobs = (1...3).map {
            NewJob(flow: "orders", connection: "acme", identity: "o\($0)", sourceVersion: "1", payload: Data("{}".utf8))
        }
        _ = try await harness.store.enqueue(jobs, now: harness.now)
        let leased = try await harness.store.lease(limit: 1, owner: "t", now: harness.now, duration: .seconds(60))
        let first = try #require(leased.first)
        _ = try await harness.store.fail(first.id, owner: "t", failure: .permanent("bad"), policy: .default,
                                         now: harness.now)
        let report = try await StatusReport.load(from: harness.store, now: harness.now)
        #expect(report.totals["pending"] == 2)
        #expect(report.totals["dead"] == 1)
        #expect(report.deadLetters == ["orders": 1])
        #expect(report.flows.map(\.tenant) == ["acme"])
        #expect(report.lines.first == "queue: pending 2, leased 0, retrying 0, succeeded 0, dead 1, lag 0s")
    }

    @Test("--since takes an ISO 8601 instant or a duration back from now")
    func since() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(AuditView.since("1h", now: now) == now.addingTimeInterval(-3600))
        #expect(AuditView.since("1970-01-12T13:46:40Z", now: now) == now)
        #expect(AuditView.since("yesterday-ish", now: now) == nil)
    }
}

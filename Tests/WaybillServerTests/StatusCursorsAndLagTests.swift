import Foundation
import Testing
import WaybillServer
import WaybillStore

@Suite("waybill status: cursors and lag")
struct StatusCursorsAndLagTests {
    @Test("status lists every cursor with its (write_date, id) position")
    func cursors() async throws {
        let harness = try ServerHarness()
        let key = CursorKey(connection: "acme", flow: "products", source: "product.product")
        let job = NewJob(flow: "products", connection: "acme", identity: "p7", sourceVersion: "1", payload: Data("{}".utf8))
        _ = try await harness.store.enqueue(
            [job], andAdvanceCursor: CursorAdvance(key: key, position: CursorPosition(writeDate: "2026-05-01 10:00:00", recordID: 7)),
            now: harness.now)
        let other = CursorKey(connection: "beta", flow: "products", source: "product.product")
        _ = try await harness.store.enqueue(
            [], andAdvanceCursor: CursorAdvance(key: other, position: CursorPosition(writeDate: "2026-05-02 09:30:00", recordID: 3)),
            now: harness.now)
        let report = try await StatusReport.load(from: harness.store, now: harness.now)
        #expect(report.cursors.map(\.tenant) == ["acme", "beta"])
        let first = try #require(report.cursors.first)
        #expect(first.flow == "products" && first.source == "product.product")
        #expect(first.writeDate == "2026-05-01 10:00:00" && first.recordID == 7)
        #expect(report.lines.contains("  acme/products product.product: (2026-05-01 10:00:00, 7) moved 2026-05-28T20:26:40Z"))
    }

    @Test("lag is the age of the oldest waiting job, per flow and overall; finished jobs do not count")
    func lag() async throws {
        let harness = try ServerHarness()
        func job(_ flow: String, _ id: String) -> NewJob {
            NewJob(flow: flow, connection: "acme", identity: id, sourceVersion: "1", payload: Data("{}".utf8))
        }
        _ = try await harness.store.enqueue([job("orders", "o1"), job("orders", "o2")], now: harness.now)
        _ = try await harness.store.enqueue([job("orders", "o3"), job("refunds", "r1")], now: harness.now.addingTimeInterval(60))
        // o1 finishes: the oldest waiting order is now o2, queued at the same time.
        let leased = try await harness.store.lease(limit: 1, owner: "t", now: harness.now, duration: .seconds(60))
        try await harness.store.complete(try #require(leased.first).id, owner: "t", now: harness.now)

        let later = harness.now.addingTimeInterval(200)
        let report = try await StatusReport.load(from: harness.store, now: later)
        #expect(report.lagSeconds == 200)
        #expect(report.flows.first { $0.flow == "orders" }?.lagSeconds == 200)
        #expect(report.flows.first { $0.flow == "refunds" }?.lagSeconds == 140)
        #expect(report.lines.first?.hasSuffix("lag 3m 20s") == true)

        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"lagSeconds\":200"))
        #expect(json.contains("\"cursors\":[]"))
    }

    @Test("an idle queue has no lag")
    func idle() async throws {
        let harness = try ServerHarness()
        let report = try await StatusReport.load(from: harness.store, now: harness.now)
        #expect(report.lagSeconds == 0)
        #expect(report.lines.first == "queue: pending 0, leased 0, retrying 0, succeeded 0, dead 0, lag 0s")
        #expect(report.lines.contains("cursors: none"))
    }
}

import Foundation
import Testing
import WaybillEngine
import WaybillStore

@Suite("Retries, dead letters and replay")
struct RetryTests {
    @Test("a transient failure retries after its backoff, then succeeds")
    func retryThenSuccess() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        harness.target.failNext("create", with: .transient("503 Service Unavailable"))
        _ = try await harness.poll()
        let first = try await harness.process()
        #expect(first.retried == 1)
        #expect(harness.target.records("products").isEmpty)

        // Not due before the backoff (1 s ± 20 %).
        harness.now = harness.now.addingTimeInterval(0.5)
        #expect(try await harness.process().attempts == 0)
        harness.now = harness.now.addingTimeInterval(1)
        let second = try await harness.process()
        #expect(second.succeeded == 1)
        #expect(harness.target.records("products").count == 1)
        let retries = try await harness.audit(kind: .retry)
        #expect(retries.count == 1)
        #expect(retries.first?.detail.contains("503") == true)
    }

    @Test("Retry-After is honoured over a shorter backoff")
    func retryAfter() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        harness.target.failNext("create", with: .transient("429 Too Many Requests", retryAfter: .seconds(30)))
        _ = try await harness.poll()
        #expect(try await harness.process().retried == 1)
        harness.now = harness.now.addingTimeInterval(20)
        #expect(try await harness.process().attempts == 0)
        harness.now = harness.now.addingTimeInterval(11)
        #expect(try await harness.process().succeeded == 1)
    }

    @Test("a permanent error dead-letters at once with the error; replay succeeds after the fix")
    func permanentThenReplay() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        harness.target.failNext("create", with: .permanent("422 Unprocessable Entity: sku is invalid"))
        _ = try await harness.poll()
        let summary = try await harness.process()
        #expect(summary.deadLettered == 1)
        let dead = try await harness.store.deadLetters(flow: "products", limit: 10)
        #expect(dead.count == 1)
        #expect(dead.first?.lifecycle.lastError?.contains("422") == true)
        #expect(dead.first?.lifecycle.attempts == 1)
        #expect(try await harness.audit(kind: .deadLetter).count == 1)

        let replayed = try await harness.engine.replay(.flow("products"), now: harness.now)
        #expect(replayed.count == 1)
        #expect(try await harness.process().succeeded == 1)
        #expect(harness.target.records("products").count == 1)
        #expect(try await harness.audit(kind: .replay).count == 1)
    }

    @Test("transient failures on every attempt end in the dead-letter queue")
    func outOfAttempts() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        harness.target.failNext("create", with: .transient("502 Bad Gateway"), times: 10)
        _ = try await harness.poll()
        let summary = try await harness.converge()
        #expect(summary.retried == 3)
        #expect(summary.deadLettered == 1)
    }

    @Test("30 % injected 5xx on 200 records converge with each record written exactly once")
    func convergesUnderFaults() async throws {
        let harness = try Harness(retry: RetryPolicy(maxAttempts: 12))
        for id in 1...200 { harness.product(id, "2026-05-01 10:00:\(String(format: "%02d", id % 60))") }
        harness.target.failWrites(rate: 0.3, seed: 42)
        let poll = try await harness.poll()
        #expect(poll.enqueued == 200)
        let summary = try await harness.converge(maxRounds: 200)
        #expect(summary.succeeded == 200)
        #expect(summary.retried > 20)
        let skus = harness.target.records("products").compactMap { $0["sku"]?.text }
        #expect(skus.count == 200)
        #expect(Set(skus).count == 200)
    }
}

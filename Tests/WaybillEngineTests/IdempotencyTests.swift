import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillStore

@Suite("Idempotency")
struct IdempotencyTests {
    @Test("an unchanged mapped payload makes no call and is audited as skipped")
    func payloadHashSkip() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        _ = try await harness.poll()
        _ = try await harness.converge()
        #expect(harness.target.writeLog() == ["create products 101"])

        // A new source version whose mapped payload is the same (only write_date moved).
        harness.product(1, "2026-05-01 10:00:30")
        #expect(try await harness.poll().enqueued == 1)
        let summary = try await harness.converge()
        #expect(summary.succeeded == 1)
        #expect(harness.target.writeLog() == ["create products 101"])
        let skipped = try await harness.audit(kind: .skipped)
        #expect(skipped.count == 1)
        #expect(skipped.first?.detail.contains("payload unchanged") == true)
        #expect(skipped.first?.targetID == "101")
    }

    @Test("match before create: a record created before a crash is adopted, not duplicated")
    func matchBeforeCreateAfterCrash() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        // The target already holds the record: our create succeeded, then we crashed before
        // committing the binding.
        harness.target.insert("products", ["id": .int(55), "sku": .string("SKU-1"), "name": .string("PRODUCT 1")])
        _ = try await harness.poll()
        let summary = try await harness.converge()
        #expect(summary.succeeded == 1)
        #expect(harness.target.records("products").count == 1)
        #expect(harness.target.writeLog().isEmpty)
        let binding = try await harness.store.binding(
            BindingKey(connection: "acme", flow: "products", sourceIdentity: "odoo:product:1"))
        #expect(binding?.targetID == "55")
        #expect(try await harness.audit(kind: .adopted).count == 1)
    }

    @Test("a lease re-delivered after a crash is absorbed by the binding")
    func redeliveredLease() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        _ = try await harness.poll()
        // A worker leases the job and dies without completing it.
        let leased = try await harness.store.lease(limit: 10, owner: "dead-worker", now: harness.now,
                                                   duration: .seconds(60))
        #expect(leased.count == 1)
        #expect(try await harness.process().attempts == 0)
        harness.now = harness.now.addingTimeInterval(61)
        let summary = try await harness.process()
        #expect(summary.succeeded == 1)
        #expect(harness.target.records("products").count == 1)
    }
}

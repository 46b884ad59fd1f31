import Foundation
import Testing
import WaybillStore

@Suite struct IdempotencyTests {
    @Test func bindingsLookUpBothWaysAndUpdate() async throws {
        let store = try makeStore()
        let key = BindingKey(connection: "acme", flow: "orders", sourceIdentity: "woocommerce:order:7")
        #expect(try await store.binding(key) == nil)
        let binding = Binding(key: key, targetID: "sale.order/42", payloadHash: "h1", ruleVersion: "r1", updatedAt: t0)
        try await store.saveBinding(binding)
        #expect(try await store.binding(key) == binding)
        #expect(try await store.bindings(connection: "acme", targetID: "sale.order/42") == [binding])
        #expect(try await store.bindings(connection: "beta", targetID: "sale.order/42").isEmpty)
        var changed = binding
        changed.payloadHash = "h2"
        changed.updatedAt = t0.plus(5)
        try await store.saveBinding(changed)
        #expect(try await store.binding(key)?.payloadHash == "h2")
        #expect(try await store.bindings(connection: "acme", targetID: "sale.order/42").count == 1)
    }

    @Test func webhookDeliveryIsDeduplicatedWithItsJobs() async throws {
        let store = try makeStore()
        let delivery = WebhookDelivery(connection: "acme", system: "shopify", deliveryID: "evt-1")
        let first = try await store.enqueue([newJob("o1")], forDelivery: delivery, now: t0)
        #expect(!first.duplicateDelivery)
        #expect(first.newJobIDs.count == 1)
        // Re-sent with a newer version of the record: still the same delivery, nothing written.
        let again = try await store.enqueue([newJob("o1", version: "v2")], forDelivery: delivery, now: t0)
        #expect(again.duplicateDelivery)
        #expect(again.jobIDs == [nil])
        // The same id from another system or connection is another delivery.
        let other = WebhookDelivery(connection: "beta", system: "shopify", deliveryID: "evt-1")
        #expect(!(try await store.enqueue([newJob("o1", connection: "beta")], forDelivery: other, now: t0).duplicateDelivery))
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 2)
    }

    @Test func duplicateDeliveryInsideOneGroupCommitCountsOnce() async throws {
        let store = try makeStore()
        let delivery = WebhookDelivery(connection: "acme", system: "shopify", deliveryID: "evt-9")
        let requests = [
            EnqueueRequest(jobs: [newJob("a")], delivery: delivery),
            EnqueueRequest(jobs: [newJob("a", version: "v2")], delivery: delivery),
        ]
        let outcomes = try await store.submit(requests, now: t0)
        #expect(outcomes.map(\.duplicateDelivery) == [false, true])
    }
}

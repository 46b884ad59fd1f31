import Foundation
import ServiceLifecycle
import ServiceLifecycleTestKit
import Testing
import WaybillEngine
import WaybillServer
import WaybillStore

@Suite("Daemon shutdown")
struct DaemonShutdownTests {
    @Test("graceful shutdown stops the engine service, which returns with no lease held")
    func engineServiceStops() async throws {
        let harness = try ServerHarness()
        let (body, headers) = WebhookIntakeTests.signedOrder(5, delivery: "s-1")
        let request = IntakeRequest(tenant: "acme", system: "woo", headers: [
            "X-WC-Webhook-Signature": ServerHarness.wooSignature(body), "X-WC-Webhook-Delivery-ID": "s-1",
        ], body: body)
        #expect(headers.count == 3)
        #expect(await harness.intake.receive(request).status == 200)
        let service = EngineService(engine: harness.engine)
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await service.run() }
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }
        #expect(harness.engine.isStopping)
        let counts = try await harness.store.jobCounts()
        #expect(!counts.contains { $0.state == .leased && $0.count > 0 })
        #expect(counts.reduce(0) { $0 + $1.count } == 1)
    }

    @Test("a ServiceGroup with the engine returns normally on graceful shutdown")
    func serviceGroup() async throws {
        let harness = try ServerHarness()
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: EngineService(engine: harness.engine))], logger: .init(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(harness.engine.isStopping)
    }
}

import Foundation
import Testing
import WaybillSimulators

@Suite struct ControlAPITests {
    @Test func seedsAndReadsRecordsOfAnyResource() async throws {
        let sim = TestSimulator()
        let client = PipelineClient(sim)
        let seeded = await client.post("/_sim/records/widgets", [["name": "a"], ["name": "b", "id": 77]])
        #expect(seeded.status == 201 && seeded.json?["ids"] == [1, 77])
        #expect(await client.get("/_sim/records/widgets?limit=1&offset=1").json?["records"] == [["name": "b", "id": 77]])
        #expect(await client.get("/_sim/records/widgets/77").json?["name"] == "b")
        #expect(await client.call("DELETE", "/_sim/records/widgets/77").status == 204)
        #expect(await client.get("/_sim/records").json?["resources"] == ["widgets": 1])
        #expect(await client.post("/_sim/records/widgets", [1, 2]).status == 400)
    }

    @Test func callsCountersClockAndReset() async throws {
        let sim = TestSimulator()
        sim.seedDemoData()
        let client = PipelineClient(sim, headers: ["Authorization": "Bearer secret-token"])
        _ = await client.get("/things")
        _ = await client.get("/things/9")
        let calls = try #require(await client.get("/_sim/calls").json?["calls"]?.arrayValue)
        #expect(calls.map { $0["status"] } == [200, 404])
        #expect(calls.first?["headers"]?["authorization"] == "Bearer [redacted]")
        #expect(await client.get("/_sim/counters").json?["by_status"] == ["200": 1, "404": 1])
        let clock = await client.post("/_sim/clock", ["set": "2026-03-01T12:00:00Z"])
        #expect(clock.json?["now"] == "2026-03-01T12:00:00Z" && clock.json?["mode"] == "manual")
        #expect(await client.post("/_sim/clock", ["advance_seconds": 90]).json?["now"] == "2026-03-01T12:01:30Z")
        #expect(await client.post("/_sim/clock", ["set": "yesterday"]).status == 400)
        _ = await client.post("/_sim/records/things", ["name": "third"])
        #expect(await client.post("/_sim/reset", [:]).json?["reset"] == true)
        #expect(sim.environment.records.count("things") == 2)
        #expect(sim.environment.calls.calls.isEmpty)
    }

    @Test func firesDelayedWebhooksOnTheSimulatedClock() async throws {
        let receiver = TestSimulator()
        try await withServer(receiver) { sink in
            let sim = TestSimulator()
            let client = PipelineClient(sim)
            let now = await client.post("/_sim/webhooks/fire", ["topic": "a", "url": .string(sink.base + "/hooks")])
            #expect(now.json?["deliveries"]?.arrayValue?.first?["response_status"] == 200)
            let later = await client.post("/_sim/webhooks/fire", ["topic": "b", "url": .string(sink.base + "/hooks"), "delay_seconds": 300,
                                                                  "bad_signature": true])
            #expect(later.json?["delayed"] == true && later.json?["deliveries"] == [])
            await sim.environment.clock.waitForSleepers(1)
            #expect(receiver.environment.records.count("hooks") == 1)
            sim.environment.clock.advance(by: 300)
            while sim.environment.webhooks.deliveries.count < 2 { await Task.yield() }
            let stored = receiver.environment.records.all("hooks")
            #expect(stored.count == 2)
            let good = WebhookSigning.hmacSHA256Base64(body: Data(#"{"topic":"b"}"#.utf8), secret: sim.webhookSecret)
            #expect(stored.last?["signature"] != .string(good) && stored.last?["signature"] != .null)
            #expect(await client.get("/_sim/webhooks/deliveries").json?["deliveries"]?.arrayValue?.count == 2)
        }
    }

    @Test func catalogueListsTheRestSimulators() {
        for name in ["shipstation", "shipbob", "woocommerce", "shopify"] {
            #expect(SimulatorCatalogue.names.contains(name))
            let simulator = SimulatorCatalogue.make(name, environment: manualEnvironment())
            #expect(simulator?.name == name)
            #expect((simulator?.environment.records.resourceNames.count ?? 0) >= 2)
        }
        #expect(SimulatorCatalogue.make("nope") == nil)
        #expect(throws: SimulatorLauncher.LaunchError.self) { try SimulatorLauncher.names(for: "nope") }
    }
}

import Foundation
import Testing
import WaybillSimulators

@Suite struct FaultTests {
    private func simulator() -> TestSimulator {
        let simulator = TestSimulator()
        simulator.seedDemoData()
        return simulator
    }

    @Test(arguments: [500, 502, 503])
    func serverErrorForNextRequestOnly(status: Int) async {
        let sim = simulator()
        let client = PipelineClient(sim)
        #expect(await client.post("/_sim/faults", ["type": .string(String(status)), "count": 1]).status == 201)
        #expect(await client.get("/things").status == status)
        #expect(await client.get("/things").status == 200)
        #expect(sim.environment.calls.calls.first?.fault == "status_\(status)")
    }

    @Test func rateLimitBurstUsesSimulatorFormat() async {
        let sim = simulator()
        let client = PipelineClient(sim)
        _ = await client.post("/_sim/faults", ["type": "429", "count": 2, "retry_after": 7])
        let first = await client.get("/things")
        #expect(first.status == 429)
        #expect(first.header("Retry-After") == "7")
        #expect(await client.get("/things").status == 429)
        #expect(await client.get("/things").status == 200)
        #expect(sim.environment.calls.counters["status_429"] == 2)
    }

    @Test func faultsScopedToPathPrefixAndMethod() async {
        let sim = simulator()
        let client = PipelineClient(sim)
        _ = await client.post("/_sim/faults", ["type": "503", "count": 5, "path_prefix": "/things/", "method": "GET"])
        #expect(await client.get("/things").status == 200)
        #expect(await client.get("/things/1").status == 503)
    }

    @Test func fractionIsDeterministicForASeed() async {
        func pattern() async -> [Int] {
            let sim = simulator()
            let client = PipelineClient(sim)
            _ = await client.post("/_sim/faults", ["faults": [["type": "500", "fraction": 0.5]], "seed": 1234])
            var statuses: [Int] = []
            for _ in 0..<3 {
                statuses.append(await client.get("/things/1").status)
                sim.resetState()
            }
            return statuses
        }
        let first = await pattern()
        #expect(first == (await pattern()))
    }

    @Test func fractionRoughlyMatches() {
        let injector = FaultInjector(seed: 99)
        injector.add(FaultRule(kind: .status(500), fraction: 0.25))
        let hits = (0..<4_000).filter { _ in injector.fault(method: "GET", path: "/x") != nil }.count
        #expect((800...1_200).contains(hits))
    }

    @Test func malformedBodyIsNotJSON() async {
        let sim = simulator()
        let client = PipelineClient(sim)
        _ = await client.post("/_sim/faults", ["type": "malformed"])
        let response = await client.get("/things")
        #expect(response.status == 200)
        #expect(response.json == nil)
        #expect(!response.body.isEmpty)
    }

    @Test func slowResponseWaitsForSimulatedTime() async {
        let sim = simulator()
        let client = PipelineClient(sim)
        _ = await client.post("/_sim/faults", ["type": "slow", "delay_seconds": 30])
        let pending = Task { await client.get("/things") }
        await sim.environment.clock.waitForSleepers(1)
        #expect(sim.environment.calls.calls.isEmpty)
        _ = await client.post("/_sim/clock", ["advance_seconds": 30])
        #expect(await pending.value.status == 200)
        #expect(sim.environment.calls.calls.first?.fault == "slow_30.0s")
    }

    @Test func droppedConnectionClosesWithoutResponse() async throws {
        let sim = simulator()
        try await withServer(sim) { client in
            _ = try await client.post("/_sim/faults", json: ["type": "drop"])
            // A fresh session: libcurl silently retries a request once when a *reused* connection dies.
            let fresh = HTTPTestClient(client.base)
            await #expect(throws: (any Error).self) { try await fresh.get("/things") }
            #expect(try await client.get("/things").status == 200)
            let counters = try await client.get("/_sim/counters").json
            #expect(counters?["dropped"] == 1)
        }
    }

    @Test func badFaultRequestsAreRejected() async {
        let client = PipelineClient(simulator())
        #expect(await client.post("/_sim/faults", ["type": "explode"]).status == 400)
        #expect(await client.post("/_sim/faults", ["type": "500", "fraction": 2]).status == 400)
        #expect(await client.post("/_sim/faults", ["type": "slow"]).status == 400)
        _ = await client.post("/_sim/faults", ["type": "500", "count": 3])
        #expect(await client.call("DELETE", "/_sim/faults").json?["faults"] == [])
    }
}

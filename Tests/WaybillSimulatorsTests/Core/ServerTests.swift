import Foundation
import Testing
import WaybillSimulators

@Suite struct ServerTests {
    @Test func servesOverLoopbackAndStops() async throws {
        let simulator = TestSimulator()
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        let base = try await server.start()
        #expect(base.hasPrefix("http://127.0.0.1:"))
        let client = HTTPTestClient(base)
        let list = try await client.get("/things")
        #expect(list.status == 200)
        #expect(list.json?.arrayValue?.count == 2)
        #expect(list.header("X-Remaining") == "2")
        let info = try await client.get("/_sim/info")
        #expect(info.json?["system"] == "test")
        #expect(info.json?["base_url"] == .string(base))
        await server.stop()
        await #expect(throws: (any Error).self) { try await client.get("/things") }
    }
}

import Foundation
import Testing
import WaybillSimulators

@Suite struct PipelineTests {
    private func response(_ outcome: SimOutcome) -> SimResponse? {
        if case .respond(let response) = outcome { return response }
        return nil
    }

    @Test func routesRequestsAndRecordsCalls() async throws {
        let simulator = TestSimulator()
        simulator.seedDemoData()
        let pipeline = SimulatorPipeline(simulator: simulator)
        let list = try #require(response(await pipeline.handle(SimRequest(method: "GET", path: "/things"))))
        #expect(list.status == 200)
        #expect(list.json?.arrayValue?.count == 2)
        let missing = try #require(response(await pipeline.handle(SimRequest(method: "GET", path: "/things/99"))))
        #expect(missing.status == 404)
        let suffix = try #require(response(await pipeline.handle(SimRequest(method: "GET", path: "/things/7.json"))))
        #expect(suffix.json?["suffix"] == "7")
        #expect(simulator.environment.calls.calls.map(\.status) == [200, 404, 200])
    }
}

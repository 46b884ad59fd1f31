import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

@Suite("ZDebug") struct ZDebugTests {
    @Test func debug() async throws {
        let sandbox = try await ShipBobFixtures.start(auth: .oauth2, manualClocks: ["shipbob": Date()])
        defer { Task { await sandbox.stop() } }
        let bob = sandbox.simulators.shipBob!
        try await sandbox.runOnce(["shipbob-products"])
        print("AFTER1", bob.environment.calls.calls.filter { $0.path == "/connect/token" }.count)
        bob.environment.clock.advance(by: 54 * 60)
        try ShipBobAuthTests.touchProduct(sandbox, name: "Desk at 54 minutes")
        let s = try await sandbox.runOnce(["shipbob-products"])
        print("SUMMARY", s)
        for c in bob.environment.calls.calls.suffix(30) { print("BOB", c.method, c.path, c.query, c.status, c.time) }
        for d in try await sandbox.deadLetters().prefix(3) { print("DEAD", d.identity, d.lifecycle) }
    }
}

import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

@Suite("ZDebug") struct ZDebugTests {
    @Test func debug() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let bob = sandbox.simulators.shipBob!
        try await sandbox.runOnce(["shipbob-products"])
        try await sandbox.runOnce(["shipbob-purchase-orders"])
        let s = try await sandbox.runOnce(["shipbob-receiving"])
        print("SUMMARY", s)
        for c in bob.environment.calls.calls.suffix(5) { print("BOB", c.method, c.path, c.query, c.status) }
        for d in try await sandbox.deadLetters().prefix(3) { print("DEAD", d.identity, d.lifecycle) }
        for e in try await sandbox.audit().suffix(12) { print("AUDIT", e.kind, e.flow, e.detail.prefix(600)) }
    }
}

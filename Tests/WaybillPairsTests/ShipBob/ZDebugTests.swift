import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

@Suite("ZDebug") struct ZDebugTests {
    @Test func debug() async throws {
        let sandbox = try await ShipBobFixtures.start()
        defer { Task { await sandbox.stop() } }
        let summary = try await sandbox.runOnce([ProcessInfo.processInfo.environment["FLOW"] ?? "shipbob-products"])
        print("SUMMARY", summary)
        for d in try await sandbox.deadLetters().prefix(3) { print("DEAD", d.identity, d.lifecycle) }
        for e in try await sandbox.audit().suffix(Int(ProcessInfo.processInfo.environment["N"] ?? "30") ?? 30) { print("AUDIT", e.kind, e.flow, e.detail.prefix(400)) }
        for c in sandbox.simulators.odoo.environment.calls.calls.suffix(10) { print("ODOO", c.method, c.path, c.status) }
        for c in sandbox.simulators.shipBob!.environment.calls.calls.suffix(10) { print("BOB", c.method, c.path, c.query, c.status) }
    }
}

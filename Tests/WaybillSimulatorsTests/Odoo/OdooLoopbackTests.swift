import Foundation
import Testing
@testable import WaybillSimulators

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The simulator over real HTTP on 127.0.0.1, driven by URLSession and by Python's standard clients.
@Suite(.serialized) struct OdooLoopbackTests {
    static let conformance = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Conformance")

    static var hasPython: Bool {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        } ?? false
    }

    @Test func xmlrpcOverLoopbackWithFaultInjection() async throws {
        let simulator = OdooSimulator()
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        let base = try await server.start()
        var request = URLRequest(url: try #require(URL(string: base + "/xmlrpc/2/common")))
        request.httpMethod = "POST"
        request.httpBody = Data(OdooXMLRPCTests.methodCall("version", []).utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("<string>19.0</string>"))
        simulator.environment.faults.add(try FaultRule.from(json: ["type": "503", "count": 1]))
        let (_, faulted) = try await URLSession.shared.data(for: request)
        #expect((faulted as? HTTPURLResponse)?.statusCode == 503)
        #expect(simulator.environment.calls.calls.map(\.status) == [200, 503])
        await server.stop()
    }

    @Test(.enabled(if: hasPython), arguments: ["odoo_xmlrpc.py", "odoo_json2.py"])
    func pythonConformanceScript(script: String) async throws {
        let simulator = OdooSimulator()
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        try await server.start()
        let info = FileManager.default.temporaryDirectory.appendingPathComponent("odoo-sim-\(UUID().uuidString).jsonl")
        try Data((SimulatorInfo(simulator: simulator).line + "\n").utf8).write(to: info)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.conformance.appendingPathComponent(script).path]
        process.environment = ProcessInfo.processInfo.environment.merging(["WAYBILL_SIM_INFO": info.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        await server.stop()
        try? FileManager.default.removeItem(at: info)
        #expect(status == 0, "\(script) failed:\n\(text)")
        #expect(text.contains("all checks passed"))
    }
}

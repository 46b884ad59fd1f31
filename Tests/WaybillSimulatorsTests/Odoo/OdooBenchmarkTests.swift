import Foundation
import Testing
@testable import WaybillSimulators

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Throughput and memory numbers for docs/performance-simulators-odoo.md.
/// Runs only with `WAYBILL_BENCH=1` (e.g. `WAYBILL_BENCH=1 swift test -c release --filter OdooBenchmark`).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["WAYBILL_BENCH"] == "1"))
struct OdooBenchmarkTests {
    /// Resident memory of this process in kB (Linux), or 0.
    static func residentKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test func searchReadRequestsPerSecondOnLoopback() async throws {
        let simulator = OdooSimulator()
        simulator.seedDemoData()
        let server = SimulatorServer(simulator: simulator)
        let base = try await server.start()
        let key = simulator.instance.credentials.apiKey
        var request = URLRequest(url: try #require(URL(string: base + "/json/2/res.partner/search_read")))
        request.httpMethod = "POST"
        request.setValue("bearer \(key)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"domain": [["is_company", "=", true]], "fields": ["name", "email"], "limit": 80}"#.utf8)
        let session = URLSession(configuration: .ephemeral)
        let prepared = request
        let total = 4_000
        let workers = 16
        let start = Date()
        let failures = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var failed = 0
                    for _ in 0..<(total / workers) {
                        let (_, response) = try await session.data(for: prepared)
                        if (response as? HTTPURLResponse)?.statusCode != 200 { failed += 1 }
                    }
                    return failed
                }
            }
            return try await group.reduce(0, +)
        }
        let seconds = Date().timeIntervalSince(start)
        print("BENCH odoo json2 search_read: \(total) requests, \(workers) workers, \(String(format: "%.0f", Double(total) / seconds)) req/s")
        await server.stop()
        #expect(failures == 0)
    }

    @Test func searchReadInProcessWithoutHTTP() throws {
        let instance = OdooInstance()
        let handler = OdooHTTPHandler(instance: instance)
        let request = OdooHTTPRequest(
            method: "POST", path: "/json/2/res.partner/search_read",
            headers: ["Authorization": "bearer \(instance.credentials.apiKey)", "Content-Type": "application/json"],
            body: Array(#"{"domain": [["is_company", "=", true]], "fields": ["name", "email"], "limit": 80}"#.utf8))
        let total = 4_000
        let start = Date()
        var ok = 0
        for _ in 0..<total where handler.handle(request)?.status == 200 { ok += 1 }
        let seconds = Date().timeIntervalSince(start)
        print("BENCH odoo json2 search_read in process (no HTTP): \(String(format: "%.0f", Double(total) / seconds)) calls/s")
        #expect(ok == total)
    }

    @Test func hundredThousandRecords() throws {
        let before = Self.residentKB()
        let instance = OdooInstance(seed: true)
        let start = Date()
        _ = try instance.transaction { database in
            for index in 0..<100_000 {
                try database.create("res.partner", ["name": .string("Bulk \(index)"), "email": .string("bulk\(index)@example.com"), "is_company": .bool(index % 10 == 0)])
            }
        }
        let loadSeconds = Date().timeIntervalSince(start)
        let after = Self.residentKB()
        let searchStart = Date()
        let found = try instance.executeKw(model: "res.partner", method: "search_read", args: [[["email", "=", "bulk99999@example.com"]]], kwargs: ["fields": ["name"]])
        let page = try instance.executeKw(model: "res.partner", method: "search_read", args: [[["is_company", "=", true]]], kwargs: ["fields": ["name"], "limit": 80, "order": "id desc"])
        let searchMs = Date().timeIntervalSince(searchStart) * 500
        print("BENCH odoo 100k partners: load \(String(format: "%.1f", loadSeconds)) s, RSS +\((after - before) / 1024) MB, full-scan search_read \(String(format: "%.0f", searchMs)) ms")
        #expect(found.arrayValue?.count == 1)
        #expect(page.arrayValue?.count == 80)
    }
}

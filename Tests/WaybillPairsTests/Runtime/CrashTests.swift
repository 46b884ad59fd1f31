import Foundation
import Testing
import WaybillSimulators
import WaybillStore

/// Issue 4's crash test: the `waybill run` daemon, a separate process, is killed with SIGKILL at
/// seeded random moments during a 1,000-record sync (Odoo products → WooCommerce products,
/// matched by SKU before create) and restarted each time; at the end the WooCommerce simulator
/// holds each product exactly once with the right values and the audit shows every record.
@Suite("Crash: kill -9 during a 1,000-record sync", .serialized)
struct CrashTests {
    static let records = 1_000
    static let kills = 24

    @Test("20 SIGKILLs at random moments: every record written exactly once, every record audited")
    func killNineDuringSync() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let odoo = OdooSimulator(version: .v19)
        let woo = WooCommerceSimulator()
        let servers = [SimulatorServer(simulator: odoo), SimulatorServer(simulator: woo)]
        for server in servers { _ = try await server.start() }
        defer { Task { for server in servers { await server.stop() } } }
        let expected = try Self.seedProducts(odoo)

        let setup = try await CrashSetup.prepare(folder: folder, odoo: odoo, woo: woo)
        var random = WaybillStore.SeededRandom(seed: 0x5EED_4)
        var killedWhileWriting = 0
        for round in 0..<Self.kills {
            let daemon = try setup.launch(["run", "--port", "0"], log: "daemon-\(round).log")
            let before = woo.environment.records.count("products")
            if Bool.random(using: &random) || before >= Self.records {
                // A moment of the start-up or the poll: 0…600 ms after the start.
                let delay = Double.random(in: 0...0.6, using: &random)
                try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            } else {
                // A moment while writing: once 1…80 more products reached the simulator.
                let target = min(Self.records, before + Int.random(in: 1...80, using: &random))
                let deadline = Date().addingTimeInterval(20)
                while woo.environment.records.count("products") < target, daemon.isRunning, Date() < deadline {
                    try await Task.sleep(for: .milliseconds(5))
                }
                killedWhileWriting += 1
            }
            #expect(daemon.isRunning, "the daemon exited by itself in round \(round):\n\(daemon.log.suffix(2_000))")
            await daemon.kill9()
        }
        #expect(killedWhileWriting >= 5)
        let beforeFinal = woo.environment.records.count("products")
        // The kills fell during the sync, not before or after it.
        #expect(beforeFinal > 200 && beforeFinal < Self.records, "\(beforeFinal) products before the final run")

        // The last run: a `--once` sync drains what is left (jobs of killed processes after their leases).
        let final = try setup.launch(["run", "--once"], log: "final.log")
        let status = await final.wait()
        #expect(status == 0, "final run:\n\(final.log.suffix(3_000))")

        let products = woo.environment.records.all("products")
        var bySKU: [String: [JSONValue]] = [:]
        for product in products { bySKU[product["sku"]?.stringValue ?? "", default: []].append(product) }
        #expect(products.count == Self.records)
        #expect(bySKU.filter { $0.value.count > 1 }.keys.sorted().isEmpty, "duplicated SKUs")
        #expect(Set(bySKU.keys) == Set(expected.keys))
        let wrong = expected.filter { sku, name in bySKU[sku]?.first?["name"]?.stringValue != name }
        #expect(wrong.isEmpty, "\(wrong.count) products with wrong values, e.g. \(wrong.first.map { "\($0)" } ?? "")")

        let store = try SQLiteStateStore(path: setup.database.path)
        let events = try await store.auditEvents(AuditQuery(flow: RuntimeRules.flow, limit: 1_000_000))
        let completed = Set(events.filter { $0.kind == .result }.compactMap(\.sourceID))
        let adopted = events.filter { $0.kind == "adopted" }.count
        let attempts = events.filter { $0.kind == .mapped }.count
        print("crash test: \(beforeFinal) products before the final run, \(attempts) mapped attempts for "
            + "\(Self.records) records, \(adopted) adopted after a crash")
        let received = Set(events.filter { $0.kind == .received }.compactMap(\.sourceID))
        let identities = Set(odoo.productIDs.map { "odoo:product:\($0)" })
        #expect(received == identities)
        #expect(completed == identities, "\(identities.subtracting(completed).count) records without a result event")
        let counts = try await store.jobCounts()
        #expect(counts.filter { $0.state != .succeeded }.reduce(0) { $0 + $1.count } == 0)

        // And the CLI shows a record's trail.
        let identity = try #require(identities.sorted().first)
        let audit = try setup.launch(["audit", "--source", identity, "--json"], log: "audit.log")
        #expect(await audit.wait() == 0)
        #expect(audit.log.contains("\"result\""), "\(audit.log.prefix(2_000))")

        // `waybill status --json`: the poll cursor stands at the last product, nothing waits.
        let statusCommand = try setup.launch(["status", "--json"], log: "status.log")
        #expect(await statusCommand.wait() == 0)
        let report = try JSONDecoder().decode(StatusJSON.self, from: Data(statusCommand.log.utf8))
        #expect(report.cursors.map(\.flow) == [RuntimeRules.flow])
        #expect(report.cursors.first?.source == "product.product")
        #expect(report.cursors.first.map { Int($0.recordID) } == odoo.productIDs.max())
        #expect(report.lagSeconds == 0)
    }

    /// 1,000 products with internal references, created in one batch; returns SKU → name.
    static func seedProducts(_ odoo: OdooSimulator) throws -> [String: String] {
        var expected: [String: String] = [:]
        var values: [OdooValue] = []
        for index in 1...records {
            let sku = String(format: "CR-%04d", index)
            let name = "Crash product \(index) \(["red", "green", "blue"][index % 3])"
            expected[sku] = name
            values.append(.dict(["default_code": .string(sku), "name": .string(name), "type": .string("consu")]))
        }
        _ = try odoo.instance.executeKw(model: "product.product", method: "create", args: [.array(values)])
        return expected
    }
}

/// The part of `waybill status --json` the crash test reads.
struct StatusJSON: Decodable {
    struct Cursor: Decodable {
        var flow: String
        var source: String
        var recordID: Int64
    }
    var cursors: [Cursor]
    var lagSeconds: Double
}

extension OdooSimulator {
    /// Ids of every product.product with an internal reference.
    var productIDs: [Int] {
        let found = try? instance.executeKw(
            model: "product.product", method: "search",
            args: [.array([.array([.string("default_code"), .string("!="), .bool(false)])])])
        guard case .array(let ids)? = found else { return [] }
        return ids.compactMap { if case .int(let id) = $0 { id } else { nil } }
    }
}

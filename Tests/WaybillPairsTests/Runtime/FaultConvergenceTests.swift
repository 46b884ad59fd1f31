import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators
import WaybillStore

/// Issue 4's integration checks against the simulators: a poll flow (Odoo products → WooCommerce
/// products, matched by SKU before create) converges through a 429 burst and 30 % injected 5xx with
/// every record written exactly once; a permanent 422 is dead-lettered and `waybill replay` (the
/// CLI, on the same database) brings it through once the fault is gone.
@Suite("Runtime: faults against the simulators")
struct FaultConvergenceTests {
    static let productsPath = "/wp-json/wc/v3/products"

    static func start() async throws -> (Sandbox, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waybill-faults-\(UUID().uuidString)")
        let rules = try RuntimeRules.write(to: folder, every: "15m")
        var options = SandboxOptions(packs: [RuntimeRules.pack], rulesFolder: rules, seedDemoData: false)
        options.retryPolicy = RetryPolicy(initialDelay: .seconds(1), multiplier: 2, maxAttempts: 20, jitter: 0.2,
                                          maxDelay: .seconds(8))
        return (try await Sandbox.start(options), folder)
    }

    static func seed(_ odoo: OdooSimulator, count: Int, prefix: String) throws -> [String: String] {
        var expected: [String: String] = [:]
        let values: [OdooValue] = (1...count).map { index in
            let sku = "\(prefix)-\(index)"
            expected[sku] = "Fault product \(index)"
            return .dict(["default_code": .string(sku), "name": .string("Fault product \(index)")])
        }
        _ = try odoo.instance.executeKw(model: "product.product", method: "create", args: [.array(values)])
        return expected
    }

    @Test("a 429 burst and 30 % injected 5xx: the poll flow converges, every product created exactly once")
    func burstAndServerErrors() async throws {
        let (sandbox, folder) = try await Self.start()
        defer { Task { await sandbox.stop(); try? FileManager.default.removeItem(at: folder) } }
        let woo = try #require(sandbox.simulators.wooCommerce)
        let expected = try Self.seed(sandbox.simulators.odoo, count: 24, prefix: "FC")
        woo.environment.faults.clear(seed: 42)
        woo.environment.faults.add(FaultRule(kind: .rateLimit(retryAfter: 1), count: 6, pathPrefix: Self.productsPath))
        woo.environment.faults.add(FaultRule(kind: .status(503), fraction: 0.15, pathPrefix: Self.productsPath))
        woo.environment.faults.add(FaultRule(kind: .status(500), fraction: 0.1, pathPrefix: Self.productsPath))
        woo.environment.faults.add(FaultRule(kind: .status(502), fraction: 0.1, pathPrefix: Self.productsPath))

        let time = FastForward()
        let summary = try await sandbox.engine.runOnce(tenants: ["acme"], clock: time.clock, now: { time.now() })

        let counters = woo.environment.calls.counters
        #expect((counters["status_429"]?.intValue ?? 0) >= 6)
        let serverErrors = [500, 502, 503].reduce(0) { $0 + (counters["by_status"]?[String($1)]?.intValue ?? 0) }
        #expect(serverErrors >= 5, "30 % of the product calls should have failed: \(counters)")
        #expect(summary.retried > 0 && summary.deadLettered == 0)
        let products = woo.environment.records.all("products")
        #expect(products.count == expected.count)
        #expect(Dictionary(grouping: products) { $0["sku"]?.stringValue ?? "" }.allSatisfy { $0.value.count == 1 })
        for (sku, name) in expected {
            #expect(products.first { $0["sku"]?.stringValue == sku }?["name"]?.stringValue == name, "\(sku)")
        }
        let creates = woo.environment.calls.calls.filter { $0.method == "POST" && $0.path == Self.productsPath }
        #expect(creates.filter { $0.status == 201 }.count == expected.count)
        #expect(try await sandbox.deadLetters().isEmpty)
        let counts = try await sandbox.store.jobCounts()
        #expect(counts.filter { $0.state != .succeeded }.reduce(0) { $0 + $1.count } == 0)

        // A second sync after the storm: nothing new, no call to WooCommerce.
        let before = woo.environment.calls.calls.count
        woo.environment.faults.clear()
        try await sandbox.runOnce()
        #expect(woo.environment.calls.calls.count == before)
    }

    @Test("a permanent 422 is dead-lettered at once; `waybill replay --all` succeeds after the fault is cleared")
    func permanentThenReplay() async throws {
        let (sandbox, folder) = try await Self.start()
        defer { Task { await sandbox.stop(); try? FileManager.default.removeItem(at: folder) } }
        let woo = try #require(sandbox.simulators.wooCommerce)
        let expected = try Self.seed(sandbox.simulators.odoo, count: 3, prefix: "DL")
        woo.environment.faults.add(FaultRule(kind: .status(422), count: 100, pathPrefix: Self.productsPath, method: "POST"))

        let first = try await sandbox.runOnce()
        #expect(first.deadLettered == 3 && first.retried == 0)
        let dead = try await sandbox.deadLetters()
        #expect(dead.count == 3)
        #expect(dead.allSatisfy { $0.lifecycle.attempts == 1 && ($0.lifecycle.lastError ?? "").contains("422") })
        #expect(woo.environment.records.all("products").isEmpty)

        woo.environment.faults.clear()
        let replay = try WaybillProcess(["replay", "--all", "--db", sandbox.store.path, "--json"], environment: [:],
                                        output: folder.appendingPathComponent("replay.log"))
        #expect(await replay.wait() == 0, "\(replay.log)")
        let second = try await sandbox.drain()
        #expect(second.succeeded == 3 && second.deadLettered == 0)
        let products = woo.environment.records.all("products")
        #expect(Set(products.compactMap { $0["sku"]?.stringValue }) == Set(expected.keys))
        #expect(products.count == 3)
        #expect(try await sandbox.deadLetters().isEmpty)
        let replayed = try await sandbox.audit().filter { $0.kind == .replay }
        #expect(replayed.count == 3)
    }
}

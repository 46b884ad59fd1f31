import Foundation
import Testing
import WaybillEngine
import WaybillStore

@Suite("Poll cursors")
struct CursorTests {
    @Test("ties on write_date are paged by id, each record enqueued once")
    func tiesOnWriteDate() async throws {
        let harness = try Harness(flow: try Harness.productFlow(lookback: .zero, pageSize: 2))
        for id in 1...5 { harness.product(id, "2026-05-01 10:00:00") }
        let first = try await harness.poll()
        #expect(first.enqueued == 5)
        #expect(first.pages == 3)
        let position = try await harness.store.cursor(CursorKey(connection: "acme", flow: "products",
                                                                source: "product.product"))
        #expect(position == CursorPosition(writeDate: "2026-05-01 10:00:00", recordID: 5))

        #expect(try await harness.poll().enqueued == 0)
        harness.product(6, "2026-05-01 10:00:00")
        let third = try await harness.poll()
        #expect(third.enqueued == 1)
        #expect(third.read == 1)
    }

    @Test("a record committed late with an older write_date is picked up by the lookback, once")
    func commitLag() async throws {
        let harness = try Harness(flow: try Harness.productFlow(lookback: .seconds(600)))
        harness.product(1, "2026-05-01 10:00:00")
        harness.product(2, "2026-05-01 10:00:05")
        #expect(try await harness.poll().enqueued == 2)

        // Record 3's transaction started at 10:00:03 but committed after the poll.
        harness.product(3, "2026-05-01 10:00:03")
        let second = try await harness.poll()
        #expect(second.read == 3)
        #expect(second.alreadySeen == 2)
        #expect(second.enqueued == 1)

        let third = try await harness.poll()
        #expect(third.enqueued == 0)
        let summary = try await harness.converge()
        #expect(summary.succeeded == 3)
        #expect(harness.target.records("products").count == 3)
    }

    @Test("a new version of a record inside the window is processed again")
    func newVersionInsideWindow() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        _ = try await harness.poll()
        _ = try await harness.converge()
        harness.odoo.insert("product.product", [
            "id": .int(1), "write_date": .string("2026-05-01 10:00:09"), "default_code": .string("SKU-1"),
            "name": .string("renamed"),
        ])
        #expect(try await harness.poll().enqueued == 1)
        _ = try await harness.converge()
        #expect(harness.target.records("products").count == 1)
        #expect(harness.target.records("products").first?["name"] == .string("RENAMED"))
    }

    @Test("a second change within the same second of write_date is a new version, processed once")
    func sameSecondChange() async throws {
        let harness = try Harness()
        harness.product(1, "2026-05-01 10:00:00")
        harness.product(2, "2026-05-01 10:00:00")
        #expect(try await harness.poll().enqueued == 2)
        _ = try await harness.converge()
        // Odoo's write_date has one-second resolution: record 1 changes again within 10:00:00.
        harness.product(1, "2026-05-01 10:00:00", name: "renamed")
        let second = try await harness.poll()
        #expect(second.enqueued == 1)
        _ = try await harness.converge()
        #expect(harness.target.records("products").first { $0["sku"] == .string("SKU-1") }?["name"] == .string("RENAMED"))
        // Re-reading the unchanged window enqueues nothing.
        #expect(try await harness.poll().enqueued == 0)
    }

    @Test("only a version that is the cursor field is qualified with the payload hash")
    func versionQualification() throws {
        var flow = try Harness.productFlow()
        #expect(flow.versionIncludesContent)
        flow.version = try EngineExpression("name")
        #expect(!flow.versionIncludesContent)
        flow.version = try EngineExpression("write_date")
        flow.poll = nil
        #expect(!flow.versionIncludesContent)
    }

    @Test("lookback subtraction keeps the text's shape", arguments: [
        ("2026-05-01 10:00:00", "2026-05-01 09:50:00"),
        ("2026-05-01T00:05:00Z", "2026-04-30T23:55:00Z"),
        ("2026-05-01T10:00:00.123+00:00", "2026-05-01T09:50:00+00:00"),
    ])
    func lookbackText(input: String, expected: String) {
        #expect(CursorWindow.start(of: input, lookback: .seconds(600)) == expected)
    }
}

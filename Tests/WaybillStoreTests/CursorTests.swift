import Foundation
import Testing
@testable import WaybillStore

@Suite struct CursorTests {
    let key = CursorKey(connection: "acme", flow: "pickings", source: "stock.picking")

    @Test func tuplesOrderByWriteDateThenIdOnTies() {
        let a = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 9)
        let b = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 10)
        let c = CursorPosition(writeDate: "2026-11-22 10:00:01", recordID: 1)
        #expect(a < b)
        #expect(b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(!(b < b))
    }

    @Test func cursorAdvancesOnlyWithItsJobsAndNeverBackwards() async throws {
        let store = try makeStore()
        #expect(try await store.cursor(key) == nil)
        let tie = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 10)
        _ = try await store.enqueue([newJob("p10")], andAdvanceCursor: CursorAdvance(key: key, position: tie), now: t0)
        #expect(try await store.cursor(key) == tie)
        // Same write_date, higher id: moves forward.
        let sameTimeHigherID = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 11)
        _ = try await store.enqueue([], andAdvanceCursor: CursorAdvance(key: key, position: sameTimeHigherID), now: t0)
        #expect(try await store.cursor(key) == sameTimeHigherID)
        // An older tuple (late commit re-read by the lookback) does not move the mark back.
        let older = CursorPosition(writeDate: "2026-11-22 09:59:58", recordID: 99)
        _ = try await store.enqueue([newJob("p99")], andAdvanceCursor: CursorAdvance(key: key, position: older), now: t0)
        #expect(try await store.cursor(key) == sameTimeHigherID)
        #expect(try await store.jobCounts().reduce(0) { $0 + $1.count } == 2)
    }

    @Test func aFailureInsideTheBatchRollsBackJobsAndCursorTogether() async throws {
        let store = try makeStore()
        // Make the last statement of the transaction (remembering a seen record) fail.
        try await store.executeRaw(
            "CREATE TRIGGER boom BEFORE INSERT ON cursor_seen WHEN NEW.record_id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")
        let position = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 1)
        let seen = [SeenRecord(recordID: "boom", version: "1", writeDate: position.writeDate)]
        await #expect(throws: StoreError.self) {
            _ = try await store.enqueue(
                [newJob("x"), newJob("y")], andAdvanceCursor: CursorAdvance(key: key, position: position, seen: seen), now: t0)
        }
        #expect(try await store.cursor(key) == nil)
        #expect(try await store.jobCounts().isEmpty)
    }

    @Test func duplicateDeliverySkipsItsCursorAdvance() async throws {
        let store = try makeStore()
        let delivery = WebhookDelivery(connection: "acme", system: "odoo", deliveryID: "d1")
        let position = CursorPosition(writeDate: "2026-11-22 10:00:00", recordID: 1)
        let request = EnqueueRequest(jobs: [newJob("a")], delivery: delivery, cursor: CursorAdvance(key: key, position: position))
        _ = try await store.submit([request], now: t0)
        let later = CursorPosition(writeDate: "2026-11-22 11:00:00", recordID: 1)
        let repeated = EnqueueRequest(jobs: [newJob("b")], delivery: delivery, cursor: CursorAdvance(key: key, position: later))
        let outcome = try await store.submit([repeated], now: t0)
        #expect(outcome.first?.duplicateDelivery == true)
        #expect(try await store.cursor(key) == position)
    }

    @Test func lookbackDropsSameVersionAndKeepsNewVersion() async throws {
        let store = try makeStore()
        let r1 = SeenRecord(recordID: "1", version: "2026-11-22 10:00:00", writeDate: "2026-11-22 10:00:00")
        let r2 = SeenRecord(recordID: "2", version: "2026-11-22 10:00:05", writeDate: "2026-11-22 10:00:05")
        let advance = CursorAdvance(
            key: key, position: CursorPosition(writeDate: r2.writeDate, recordID: 2), seen: [r1, r2])
        _ = try await store.enqueue([newJob("1"), newJob("2")], andAdvanceCursor: advance, now: t0)
        // The lookback re-reads 1 and 2 unchanged, 2 at a new version, and 3 that committed late
        // with an older write_date.
        let r2v2 = SeenRecord(recordID: "2", version: "2026-11-22 10:00:09", writeDate: "2026-11-22 10:00:09")
        let late = SeenRecord(recordID: "3", version: "2026-11-22 09:59:59", writeDate: "2026-11-22 09:59:59")
        let unseen = try await store.unseen([r1, r2, r2v2, late], in: key)
        #expect(unseen == [r2v2, late])
        // Another cursor does not share the memory.
        let other = CursorKey(connection: "beta", flow: "pickings", source: "stock.picking")
        #expect(try await store.unseen([r1], in: other) == [r1])
    }

    @Test func entriesOlderThanTheWindowAreForgotten() async throws {
        let store = try makeStore()
        let old = SeenRecord(recordID: "1", version: "a", writeDate: "2026-11-22 08:00:00")
        let recent = SeenRecord(recordID: "2", version: "b", writeDate: "2026-11-22 10:00:00")
        let position = CursorPosition(writeDate: recent.writeDate, recordID: 2)
        _ = try await store.enqueue([], andAdvanceCursor: CursorAdvance(key: key, position: position, seen: [old, recent]), now: t0)
        #expect(try await store.unseen([old, recent], in: key).isEmpty)
        let prune = CursorAdvance(key: key, position: position, forgetBefore: "2026-11-22 09:00:00")
        _ = try await store.enqueue([], andAdvanceCursor: prune, now: t0)
        #expect(try await store.unseen([old, recent], in: key) == [old])
    }
}

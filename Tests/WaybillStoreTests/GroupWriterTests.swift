import Foundation
import Testing
@testable import WaybillStore

/// Binding saves of concurrent workers share transactions, and each caller returns only once its
/// own binding is committed.
@Suite struct GroupWriterTests {
    private final class Committed: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int] = []
        func append(_ batch: [Int]) { lock.withLock { items += batch } }
        func contains(_ item: Int) -> Bool { lock.withLock { items.contains(item) } }
        var all: [Int] { lock.withLock { items } }
    }

    @Test func eachCallerResumesAfterTheCommitHoldingItsItem() async throws {
        let committed = Committed()
        let writer = GroupWriter<Int, Void>(maxBatch: 16) { batch in committed.append(batch) }
        let seen = try await withThrowingTaskGroup(of: Bool.self) { group in
            for item in 0..<300 {
                group.addTask {
                    try await writer.submit(item)
                    return committed.contains(item)
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(seen.count == 300)
        #expect(seen.allSatisfy { $0 }, "no caller returned before its item was committed")
        #expect(Set(committed.all) == Set(0..<300))
        #expect(await writer.itemCount == 300)
        let commits = await writer.commitCount
        #expect(commits < 300, "items arriving together share commits")
        #expect(commits >= 300 / 16)
    }

    @Test func aFailedCommitFailsItsCallers() async throws {
        struct Boom: Error {}
        let writer = GroupWriter<Int, Void> { (_: [Int]) async throws -> Void in throw Boom() }
        await #expect(throws: Boom.self) { try await writer.submit(1) }
        #expect(await writer.commitCount == 0)
    }

    @Test func concurrentBindingSavesAreGroupedAndAllDurable() async throws {
        let store = try makeStore()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let key = BindingKey(connection: "acme", flow: "orders", sourceIdentity: "o\(index)")
                    try await store.saveBinding(Binding(key: key, targetID: "t\(index)", payloadHash: "h",
                                                        ruleVersion: "r1", updatedAt: t0))
                    // Readable by another connection as soon as the save returned.
                    let saved = try await store.binding(key)
                    #expect(saved?.targetID == "t\(index)")
                }
            }
            try await group.waitForAll()
        }
        #expect(await store.bindingWriter.itemCount == 200)
        #expect(await store.bindingWriter.commitCount < 200)
    }
}

import Foundation
import Testing
@testable import WaybillStore

@Suite struct DurabilityTests {
    /// GRDB turns WAL on with `synchronous = NORMAL`; the configured level must still reach the
    /// writer, or a 2xx'd webhook would not survive a power loss.
    @Test func configuredSynchronousReachesTheWriter() async throws {
        let full = try SQLiteStateStore.temporary()
        #expect(try await full.writerSynchronous() == 2)
        let normal = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
        #expect(try await normal.writerSynchronous() == 1)
    }
}

import Foundation
import WaybillStore

/// A fixed starting time for tests.
let t0 = Date(timeIntervalSince1970: 1_800_000_000)

/// A fresh store in a temporary file with deterministic jitter.
func makeStore(seed: UInt64 = 7) throws -> SQLiteStateStore {
    try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal, random: .seeded(seed)))
}

/// A job of flow `orders` for connection `acme`.
func newJob(_ identity: String, version: String = "v1", flow: String = "orders", connection: String = "acme")
    -> NewJob
{
    NewJob(
        flow: flow, connection: connection, identity: identity, sourceVersion: version,
        payload: Data("{\"id\":\"\(identity)\"}".utf8))
}

extension Date {
    /// This date plus `seconds`.
    func plus(_ seconds: Double) -> Date { addingTimeInterval(seconds) }
}

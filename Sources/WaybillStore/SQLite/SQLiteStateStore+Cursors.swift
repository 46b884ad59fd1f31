import Foundation
import GRDB

extension SQLiteStateStore {
    /// The cursor's high-water mark.
    public func cursor(_ key: CursorKey) async throws -> CursorPosition? {
        try await read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT write_date, record_id FROM cursors WHERE connection = ? AND flow = ? AND source = ?")
            let row = try Row.fetchOne(statement, arguments: [key.connection, key.flow, key.source])
            return row.map { CursorPosition(writeDate: $0[0], recordID: $0[1]) }
        }
    }

    /// The records not yet processed at their version.
    public func unseen(_ records: [SeenRecord], in key: CursorKey) async throws -> [SeenRecord] {
        try await read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT 1 FROM cursor_seen
                    WHERE connection = ? AND flow = ? AND source = ? AND record_id = ? AND version = ?
                    """)
            return try records.filter { record in
                try Bool.fetchOne(
                    statement,
                    arguments: [key.connection, key.flow, key.source, record.recordID, record.version]) == nil
            }
        }
    }
}

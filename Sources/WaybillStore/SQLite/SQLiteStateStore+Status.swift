import Foundation
import GRDB

extension SQLiteStateStore {
    /// Every cursor with its position, sorted by connection, flow and source.
    public func cursors() async throws -> [CursorEntry] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT connection, flow, source, write_date, record_id, updated_at FROM cursors
                    ORDER BY connection, flow, source
                    """
            ).map { row in
                CursorEntry(
                    key: CursorKey(connection: row[0], flow: row[1], source: row[2]),
                    position: CursorPosition(writeDate: row[3], recordID: row[4]),
                    updatedAt: Date(timeIntervalSince1970: row[5]))
            }
        }
    }

    /// Per flow and connection, the count and queueing time of the oldest pending, retrying or leased job.
    public func oldestWaitingJobs() async throws -> [WaitingJobs] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT flow, connection, COUNT(*), MIN(created_at) FROM jobs
                    WHERE state IN ('pending', 'retrying', 'leased')
                    GROUP BY flow, connection ORDER BY flow, connection
                    """
            ).map { row in
                WaitingJobs(flow: row[0], connection: row[1], count: row[2],
                            oldestQueuedAt: Date(timeIntervalSince1970: row[3]))
            }
        }
    }
}

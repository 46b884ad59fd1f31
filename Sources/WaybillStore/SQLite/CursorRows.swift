import Foundation
import GRDB

/// Reading and writing the `cursors` and `cursor_seen` tables.
enum CursorRows {
    /// Moves the cursor forward (never backwards), remembers the batch's records and forgets
    /// those older than the window. Runs inside the caller's transaction.
    static func apply(_ advance: CursorAdvance, now: Date, _ db: Database) throws {
        let key = advance.key
        let move = try db.cachedStatement(
            sql: """
                INSERT INTO cursors (connection, flow, source, write_date, record_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (connection, flow, source) DO UPDATE SET
                    write_date = excluded.write_date, record_id = excluded.record_id, updated_at = excluded.updated_at
                WHERE (excluded.write_date, excluded.record_id) > (cursors.write_date, cursors.record_id)
                """)
        try move.execute(arguments: [
            key.connection, key.flow, key.source, advance.position.writeDate, advance.position.recordID,
            now.timeIntervalSince1970,
        ])
        let remember = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO cursor_seen (connection, flow, source, record_id, version, write_date)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for record in advance.seen {
            try remember.execute(arguments: [
                key.connection, key.flow, key.source, record.recordID, record.version, record.writeDate,
            ])
        }
        if let cutoff = advance.forgetBefore {
            let forget = try db.cachedStatement(
                sql: "DELETE FROM cursor_seen WHERE connection = ? AND flow = ? AND source = ? AND write_date < ?")
            try forget.execute(arguments: [key.connection, key.flow, key.source, cutoff])
        }
    }
}

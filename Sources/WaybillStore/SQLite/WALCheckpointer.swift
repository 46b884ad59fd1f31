import Foundation
import GRDB

/// Takes most of SQLite's WAL checkpoint work off the commit path of a long-running process.
///
/// SQLite checkpoints inside the COMMIT that takes the WAL past 1,000 pages: that commit copies
/// every page not yet in the database file and fsyncs it (5–20 ms here), and every webhook waiting
/// on it waits too. ``run()`` runs `PRAGMA wal_checkpoint(PASSIVE)` on its own connection every
/// `interval`; a passive checkpoint never blocks the writer, so when the writer's own checkpoint
/// comes due only the pages of the last `interval` are left to copy. (SQLite's automatic
/// checkpoint stays on: only a checkpoint in the writer, with no commit racing it, lets the next
/// transaction restart the WAL from its beginning, so the file stays small.)
public final class WALCheckpointer: Sendable {
    /// What one checkpoint found and did.
    public struct Outcome: Sendable, Hashable {
        /// Frames in the WAL when the checkpoint ran.
        public var walFrames: Int
        /// Frames copied into the database file so far.
        public var checkpointedFrames: Int
    }

    /// Time between checkpoints.
    public let interval: Duration
    private let connection: DatabaseQueue

    /// A checkpointer for `store`'s file, checkpointing every `interval`.
    public init(store: SQLiteStateStore, interval: Duration = .milliseconds(100)) throws {
        self.interval = interval
        do {
            connection = try DatabaseQueue(path: store.path)
        } catch {
            throw StoreError.database("cannot open a checkpoint connection to \(store.path): \(error)")
        }
    }

    /// Checkpoints every `interval` until the task is cancelled.
    public func run() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { break }
            _ = try? await checkpoint()
        }
    }

    /// One passive checkpoint now.
    public func checkpoint() async throws -> Outcome {
        do {
            return try await connection.writeWithoutTransaction { db in
                let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
                return Outcome(walFrames: row?[1] ?? 0, checkpointedFrames: row?[2] ?? 0)
            }
        } catch {
            throw StoreError.database("checkpoint failed: \(error)")
        }
    }
}

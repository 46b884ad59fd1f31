import Foundation
import GRDB

/// The ``StateStore`` on one SQLite file in WAL mode, through a GRDB `DatabasePool`: one serialized
/// writer (IMMEDIATE transactions, so several processes on one file queue on the lock instead of
/// failing), concurrent readers, schema managed by `DatabaseMigrator`.
public struct SQLiteStateStore: StateStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let random: RandomSource
    /// Binding saves of concurrent workers, committed in groups (see ``saveBinding(_:)``).
    let bindingWriter: GroupWriter<Binding, Void>

    /// Opens (creating if needed) the store at `path` and migrates it to the current schema.
    public init(path: String, configuration: SQLiteStoreConfiguration = SQLiteStoreConfiguration()) throws {
        var config = Configuration()
        config.busyMode = .timeout(configuration.busyTimeout.timeInterval)
        config.maximumReaderCount = max(1, configuration.maximumReaderCount)
        self.path = path
        self.random = configuration.random
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let pool = try DatabasePool(path: path, configuration: config)
            // GRDB's pool sets `synchronous = NORMAL` on its writer when it turns WAL on, after any
            // `prepareDatabase` hook: the setting must be applied to the writer afterwards.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = \(configuration.synchronous.rawValue)")
            }
            try Self.migrator.migrate(pool)
            self.pool = pool
            bindingWriter = GroupWriter { bindings in try await Self.insert(bindings, into: pool) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("cannot open \(path): \(error)")
        }
    }

    /// A store in a new file under the temporary directory (for tests and benchmarks).
    public static func temporary(configuration: SQLiteStoreConfiguration = SQLiteStoreConfiguration()) throws
        -> SQLiteStateStore
    {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("waybill-store-\(UUID().uuidString)")
        return try SQLiteStateStore(path: directory.appendingPathComponent("store.sqlite").path, configuration: configuration)
    }

    /// Closes the connections. Further calls fail.
    public func close() throws {
        try pool.close()
    }

    /// Runs `body` in one write transaction, turning SQLite errors into ``StoreError``.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// Runs `body` on a read snapshot, turning SQLite errors into ``StoreError``.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }
}

extension SQLiteStateStore {
    /// The writer connection's `PRAGMA synchronous` (1 NORMAL, 2 FULL). Internal: for tests.
    func writerSynchronous() async throws -> Int {
        try await pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// Runs raw SQL in a write transaction. Internal: for tests that need to inject faults.
    func executeRaw(_ sql: String) async throws {
        try await write { db in try db.execute(sql: sql) }
    }
}

extension SQLiteStateStore {
    /// Copies the WAL into the main file and truncates it (for backups and size reports).
    public func checkpoint() async throws {
        try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Bytes used by the database file and its WAL.
    public func fileSize() -> Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }
}

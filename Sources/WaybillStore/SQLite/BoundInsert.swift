import Foundation
import GRDB
import GRDBSQLite

/// One execution of a cached insert statement, bound through SQLite's C API.
///
/// The webhook intake inserts three rows per request thousands of times per second; GRDB's
/// `execute(arguments:)` (an array of existential arguments, validation, execution hooks) cost
/// about as much as SQLite's own work there. Use it only for plain `INSERT`s inside a write
/// transaction: GRDB's per-statement hooks (transaction observers, which this store does not use)
/// do not see these executions. The statement is reset and its bindings cleared afterwards, so
/// GRDB can use it again.
struct BoundInsert: ~Copyable {
    private let statement: Statement
    private let database: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Starts an execution of `statement`, whose parameters are then bound by 1-based index.
    init(_ statement: Statement, in database: Database) {
        self.statement = statement
        self.database = database
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Binds a text.
    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                sqlite3_bind_text(handle, index, pointer, Int32(bytes.count), Self.transient)
            } else {
                sqlite3_bind_text(handle, index, "", 0, Self.transient)  // "" stays a text, not NULL
            }
        }
    }

    /// Binds a text, or NULL.
    func bind(_ index: Int32, _ text: String?) {
        if let text { bind(index, text) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds a blob (an empty blob stays a zero-length blob, not NULL).
    func bind(_ index: Int32, _ data: Data) {
        _ = data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress, !bytes.isEmpty {
                sqlite3_bind_blob(handle, index, base, Int32(bytes.count), Self.transient)
            } else {
                sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    /// Binds an integer, or NULL.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds a real.
    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    /// Runs the insert; returns the number of rows it inserted (0 for an ignored `INSERT OR IGNORE`).
    consuming func run() throws -> Int {
        let code = sqlite3_step(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard code == SQLITE_DONE else {
            let message = database.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return database.changesCount
    }

    /// SQLite copies bound texts and blobs (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

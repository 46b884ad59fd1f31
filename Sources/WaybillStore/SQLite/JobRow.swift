import Foundation
import GRDB

/// Reading and writing the `jobs` table's rows.
enum JobRow {
    static let columns = """
        id, flow, connection, identity, source_version, payload, state, attempts, next_run_at,
        lease_owner, lease_expires_at, last_error, replays, created_at, updated_at
        """

    static func job(from row: Row) throws -> Job {
        let stateText: String = row[6]
        guard let state = JobState(rawValue: stateText) else {
            throw StoreError.database("job \(row[0] as Int64) has unknown state '\(stateText)'")
        }
        let owner: String? = row[9]
        let expiry: Double? = row[10]
        let lease = owner.flatMap { owner in
            expiry.map { JobLease(owner: owner, expiresAt: Date(timeIntervalSince1970: $0)) }
        }
        let spec = NewJob(
            flow: row[1], connection: row[2], identity: row[3], sourceVersion: row[4], payload: row[5])
        let lifecycle = JobLifecycle(
            state: state, attempts: row[7], nextRunAt: Date(timeIntervalSince1970: row[8]),
            lease: lease, lastError: row[11])
        return Job(
            id: row[0], spec: spec, lifecycle: lifecycle, replays: row[12],
            createdAt: Date(timeIntervalSince1970: row[13]), updatedAt: Date(timeIntervalSince1970: row[14]))
    }

    static func fetch(_ id: JobID, _ db: Database) throws -> Job? {
        let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM jobs WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [id]).map(job(from:))
    }

    /// The source identity of a job, if the job is still stored.
    static func identity(of id: JobID, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT identity FROM jobs WHERE id = ?"), arguments: [id])
    }

    static func insert(_ job: NewJob, now: Date, _ db: Database) throws -> JobID? {
        let statement = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO jobs (flow, connection, identity, source_version, payload, state,
                    attempts, next_run_at, due_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)
                """)
        let runAt = (job.runAt ?? now).timeIntervalSince1970
        let time = now.timeIntervalSince1970
        let insert = BoundInsert(statement, in: db)
        insert.bind(1, job.flow)
        insert.bind(2, job.connection)
        insert.bind(3, job.identity)
        insert.bind(4, job.sourceVersion)
        insert.bind(5, job.payload)
        insert.bind(6, runAt)
        insert.bind(7, runAt)
        insert.bind(8, time)
        insert.bind(9, time)
        return try insert.run() > 0 ? db.lastInsertedRowID : nil
    }

    /// Writes a lifecycle back after a transition.
    static func save(_ lifecycle: JobLifecycle, id: JobID, now: Date, addReplay: Bool = false, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE jobs SET state = ?, attempts = ?, next_run_at = ?, lease_owner = ?, lease_expires_at = ?,
                    due_at = ?, last_error = ?, replays = replays + ?, updated_at = ?
                WHERE id = ?
                """)
        try statement.execute(arguments: [
            lifecycle.state.rawValue, lifecycle.attempts, lifecycle.nextRunAt.timeIntervalSince1970,
            lifecycle.lease?.owner, lifecycle.lease?.expiresAt.timeIntervalSince1970,
            lifecycle.dueAt?.timeIntervalSince1970, lifecycle.lastError, addReplay ? 1 : 0,
            now.timeIntervalSince1970, id,
        ])
    }
}

import Foundation
import GRDB

extension SQLiteStateStore {
    /// Commits every request in one transaction (see ``StateStore/submit(_:now:)``).
    public func submit(_ requests: [EnqueueRequest], now: Date) async throws -> [EnqueueOutcome] {
        try await write { db in
            try requests.map { try Self.apply($0, now: now, db) }
        }
    }

    static func apply(_ request: EnqueueRequest, now: Date, _ db: Database) throws -> EnqueueOutcome {
        if let delivery = request.delivery {
            let statement = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO webhook_deliveries (connection, system, delivery_id, received_at)
                    VALUES (?, ?, ?, ?)
                    """)
            let insert = BoundInsert(statement, in: db)
            insert.bind(1, delivery.connection)
            insert.bind(2, delivery.system)
            insert.bind(3, delivery.deliveryID)
            insert.bind(4, now.timeIntervalSince1970)
            if try insert.run() == 0 {
                return EnqueueOutcome(jobIDs: request.jobs.map { _ in nil }, duplicateDelivery: true)
            }
        }
        let ids = try request.jobs.map { try JobRow.insert($0, now: now, db) }
        if let audit = request.audit {
            let events = zip(request.jobs, ids).enumerated().compactMap { index, pair in
                pair.1.map { audit.event(for: pair.0, index: index, id: $0) }
            }
            if !events.isEmpty { try AuditRows.insert(events, db) }
        }
        if let advance = request.cursor {
            try CursorRows.apply(advance, now: now, db)
        }
        return EnqueueOutcome(jobIDs: ids, duplicateDelivery: false)
    }

    /// Leases up to `limit` due jobs in one transaction, applying ``JobLifecycle/lease(owner:now:duration:)``.
    public func lease(limit: Int, owner: String, now: Date, duration: Duration) async throws -> [Job] {
        guard limit > 0 else { return [] }
        // Compare in Swift exactly as SQL compared the stored seconds.
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970)
        return try await write { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(JobRow.columns) FROM jobs WHERE due_at <= ? ORDER BY due_at LIMIT ?")
            let candidates = try Row.fetchAll(statement, arguments: [now.timeIntervalSince1970, limit])
                .map(JobRow.job(from:))
            return try candidates.compactMap { candidate -> Job? in
                var job = candidate
                guard case .run = job.lifecycle.lease(owner: owner, now: now, duration: duration) else { return nil }
                try JobRow.save(job.lifecycle, id: job.id, now: now, db)
                job.updatedAt = now
                return job
            }
        }
    }

    /// Marks a job succeeded if `owner` still holds it, appending `audit` in the same transaction.
    public func complete(_ id: JobID, owner: String, now: Date, audit: [AuditEvent]) async throws {
        _ = try await transition(id, now: now, audit: { _ in audit }) { lifecycle in lifecycle.complete(owner: owner) }
    }

    /// Marks several jobs succeeded in one transaction; returns those `owner` still held. The
    /// `audit` events of those jobs (by ``AuditEvent/jobID``) are appended in the same transaction.
    public func complete(_ ids: [JobID], owner: String, now: Date, audit: [AuditEvent]) async throws -> [JobID] {
        try await write { db in
            var completed: [JobID] = []
            for id in ids {
                guard var job = try JobRow.fetch(id, db), job.lifecycle.complete(owner: owner) == .completed else { continue }
                try JobRow.save(job.lifecycle, id: id, now: now, db)
                completed.append(id)
            }
            let kept = Set(completed)
            let events = audit.filter { $0.jobID.map(kept.contains) ?? false }
            if !events.isEmpty { try AuditRows.insert(events, db) }
            return completed
        }
    }

    /// Records a failure: retry per `policy` (jitter from the configured random source) or dead letter.
    public func fail(_ id: JobID, owner: String, failure: JobFailure, policy: RetryPolicy, now: Date,
                     audit: @escaping @Sendable (JobAction) -> [AuditEvent]) async throws -> JobAction
    {
        let source = random
        return try await transition(id, now: now, audit: audit) { lifecycle in
            var random = source
            return lifecycle.fail(owner: owner, failure: failure, policy: policy, now: now, using: &random)
        }
    }

    /// Releases the given jobs (or all of `owner`'s) back to the queue.
    public func release(_ ids: [JobID]?, owner: String, now: Date) async throws -> Int {
        try await write { db in
            let held: [Job]
            if let ids {
                held = try ids.compactMap { try JobRow.fetch($0, db) }
            } else {
                let statement = try db.cachedStatement(
                    sql: "SELECT \(JobRow.columns) FROM jobs WHERE lease_owner = ? AND state = 'leased'")
                held = try Row.fetchAll(statement, arguments: [owner]).map(JobRow.job(from:))
            }
            var released = 0
            for var job in held where job.lifecycle.release(owner: owner, now: now) == .released {
                try JobRow.save(job.lifecycle, id: job.id, now: now, db)
                released += 1
            }
            return released
        }
    }

    /// One job by id.
    public func job(_ id: JobID) async throws -> Job? {
        try await read { db in try JobRow.fetch(id, db) }
    }

    /// Counts by flow, connection and state.
    public func jobCounts() async throws -> [JobCount] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT flow, connection, state, COUNT(*) FROM jobs
                    GROUP BY flow, connection, state ORDER BY flow, connection, state
                    """)
            return rows.compactMap { row in
                JobState(rawValue: row[2]).map { JobCount(flow: row[0], connection: row[1], state: $0, count: row[3]) }
            }
        }
    }

    /// Loads a job, applies a transition, saves it; throws if the machine refused.
    /// Applies `change` to a job and saves it with the events `audit` returns for the action, in
    /// one transaction (so a crash never leaves a job's new state without its audit, or the reverse).
    func transition(
        _ id: JobID, now: Date, audit: @escaping @Sendable (JobAction) -> [AuditEvent] = { _ in [] },
        _ change: @escaping @Sendable (inout JobLifecycle) -> JobAction
    ) async throws -> JobAction {
        try await write { db in
            guard var job = try JobRow.fetch(id, db) else { throw StoreError.jobNotFound(id) }
            let action = change(&job.lifecycle)
            if case .rejected(let reason) = action { throw StoreError.transitionRejected(id, reason) }
            try JobRow.save(job.lifecycle, id: id, now: now, db)
            let events = audit(action)
            if !events.isEmpty { try AuditRows.insert(events, db) }
            return action
        }
    }
}

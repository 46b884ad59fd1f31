import Foundation
import GRDB

extension SQLiteStateStore {
    /// Dead letters, most recently dead first.
    public func deadLetters(flow: String?, limit: Int) async throws -> [Job] {
        try await read { db in
            let rows: [Row]
            if let flow {
                rows = try Row.fetchAll(
                    db,
                    sql: "SELECT \(JobRow.columns) FROM jobs WHERE state = 'dead' AND flow = ? ORDER BY updated_at DESC, id DESC LIMIT ?",
                    arguments: [flow, limit])
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: "SELECT \(JobRow.columns) FROM jobs WHERE state = 'dead' ORDER BY updated_at DESC, id DESC LIMIT ?",
                    arguments: [limit])
            }
            return try rows.map(JobRow.job(from:))
        }
    }

    /// Puts the selected dead letters back in the queue with fresh attempts, counts the replay and
    /// appends a `replay` audit event for each, all in one transaction.
    public func replay(_ selection: ReplaySelection, now: Date) async throws -> [JobID] {
        try await write { db in
            let base = "SELECT \(JobRow.columns) FROM jobs WHERE state = 'dead'"
            let rows: [Row]
            switch selection {
            case .id(let id):
                rows = try Row.fetchAll(db, sql: base + " AND id = ?", arguments: [id])
            case .flow(let flow, nil):
                rows = try Row.fetchAll(db, sql: base + " AND flow = ? ORDER BY id", arguments: [flow])
            case .flow(let flow, let connection?):
                rows = try Row.fetchAll(
                    db, sql: base + " AND flow = ? AND connection = ? ORDER BY id", arguments: [flow, connection])
            case .all:
                rows = try Row.fetchAll(db, sql: base + " ORDER BY id")
            }
            var replayed: [JobID] = []
            var events: [AuditEvent] = []
            for var job in try rows.map(JobRow.job(from:)) where job.lifecycle.replay(now: now) == .replayed {
                try JobRow.save(job.lifecycle, id: job.id, now: now, addReplay: true, db)
                replayed.append(job.id)
                events.append(
                    AuditEvent(
                        jobID: job.id, flow: job.flow, connection: job.connection, sourceID: job.identity,
                        kind: .replay, detail: "{\"replay\":\(job.replays + 1)}", at: now))
            }
            try AuditRows.insert(events, db)
            return replayed
        }
    }
}

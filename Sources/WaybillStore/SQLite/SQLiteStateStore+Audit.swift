import Foundation
import GRDB

extension SQLiteStateStore {
    /// Appends events in one transaction.
    public func appendAudit(_ events: [AuditEvent]) async throws {
        guard !events.isEmpty else { return }
        try await write { db in try AuditRows.insert(events, db) }
    }

    /// Events matching the query, oldest first.
    public func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] {
        try await read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            func filter(_ column: String, _ value: (any DatabaseValueConvertible)?) {
                guard let value else { return }
                conditions.append("\(column) = ?")
                arguments += [value]
            }
            // A job's events carry its source identity: `audit_source` finds them without a scan
            // (there is no index on `job_id`). A job already pruned falls back to the scan.
            let jobIdentity = try query.sourceID == nil ? query.jobID.flatMap { try JobRow.identity(of: $0, db) } : nil
            filter("source_id", query.sourceID ?? jobIdentity)
            filter("target_id", query.targetID)
            filter("flow", query.flow)
            filter("connection", query.connection)
            filter("job_id", query.jobID)
            if let since = query.since {
                conditions.append("at >= ?")
                arguments += [since.timeIntervalSince1970]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [max(0, query.limit)]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(AuditRows.columns) FROM audit_events \(whereClause) ORDER BY at, id LIMIT ?",
                arguments: arguments)
            return rows.map(AuditRows.event(from:))
        }
    }
}

/// Reading and writing the `audit_events` table.
enum AuditRows {
    static let columns = "id, job_id, flow, connection, source_id, target_id, kind, detail, at"

    static func insert(_ events: [AuditEvent], _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO audit_events (job_id, flow, connection, source_id, target_id, kind, detail, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for event in events {
            let insert = BoundInsert(statement, in: db)
            insert.bind(1, event.jobID)
            insert.bind(2, event.flow)
            insert.bind(3, event.connection)
            insert.bind(4, event.sourceID)
            insert.bind(5, event.targetID)
            insert.bind(6, event.kind.rawValue)
            insert.bind(7, event.detail)
            insert.bind(8, event.at.timeIntervalSince1970)
            _ = try insert.run()
        }
    }

    static func event(from row: Row) -> AuditEvent {
        AuditEvent(
            id: row[0], jobID: row[1], flow: row[2], connection: row[3], sourceID: row[4], targetID: row[5],
            kind: AuditKind(rawValue: row[6]), detail: row[7], at: Date(timeIntervalSince1970: row[8]))
    }
}

import Foundation
import GRDB

extension SQLiteStateStore {
    /// Deletes old succeeded jobs, delivery ids and audit events in one transaction.
    public func prune(_ retention: Retention) async throws -> PruneReport {
        try await write { db in
            func delete(_ sql: String, _ before: Date?) throws -> Int {
                guard let before else { return 0 }
                try db.execute(sql: sql, arguments: [before.timeIntervalSince1970])
                return db.changesCount
            }
            return PruneReport(
                jobs: try delete("DELETE FROM jobs WHERE state = 'succeeded' AND updated_at < ?", retention.succeededJobsBefore),
                deliveries: try delete("DELETE FROM webhook_deliveries WHERE received_at < ?", retention.deliveriesBefore),
                auditEvents: try AuditRows.delete(before: retention.auditBefore, db))
        }
    }
}

extension AuditRows {
    /// Deletes events older than `before`, one flow at a time so that each delete is a range of
    /// the `audit_flow (flow, at)` index (the table has no index on `at` alone). The next flow is
    /// found by a seek in the same index, so the cost grows with the flows and the deleted events,
    /// not with the table.
    static func delete(before: Date?, _ db: Database) throws -> Int {
        guard let before else { return 0 }
        let cutoff = before.timeIntervalSince1970
        var deleted = 0
        var flow = try String.fetchOne(db, sql: "SELECT flow FROM audit_events ORDER BY flow LIMIT 1")
        while let current = flow {
            try db.execute(sql: "DELETE FROM audit_events WHERE flow = ? AND at < ?", arguments: [current, cutoff])
            deleted += db.changesCount
            flow = try String.fetchOne(
                db, sql: "SELECT flow FROM audit_events WHERE flow > ? ORDER BY flow LIMIT 1", arguments: [current])
        }
        return deleted
    }
}

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
                auditEvents: try delete("DELETE FROM audit_events WHERE at < ?", retention.auditBefore))
        }
    }
}

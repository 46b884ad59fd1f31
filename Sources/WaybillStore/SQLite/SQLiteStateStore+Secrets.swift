import Foundation
import GRDB

extension SQLiteStateStore {
    /// Stores a sealed secret; returns after the commit.
    public func saveSealedSecret(_ secret: SealedSecret) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO secrets (name, kind, sealed, updated_at) VALUES (?, ?, ?, ?)",
                arguments: [secret.name, secret.kind.rawValue, secret.sealed, secret.updatedAt.timeIntervalSince1970])
        }
    }

    /// A sealed secret by name.
    public func sealedSecret(named name: String) async throws -> SealedSecret? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT kind, sealed, updated_at FROM secrets WHERE name = ?", arguments: [name])
            else { return nil }
            guard let kind = SecretKind(rawValue: row[0]) else { throw StoreError.secretUnreadable(name) }
            return SealedSecret(name: name, kind: kind, sealed: row[1], updatedAt: Date(timeIntervalSince1970: row[2]))
        }
    }

    /// Names and metadata, never values.
    public func secretInfos() async throws -> [SecretInfo] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT name, kind, updated_at FROM secrets ORDER BY name").compactMap { row in
                SecretKind(rawValue: row[1]).map {
                    SecretInfo(name: row[0], kind: $0, updatedAt: Date(timeIntervalSince1970: row[2]))
                }
            }
        }
    }

    /// Deletes a secret; returns whether it existed.
    public func removeSecret(named name: String) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM secrets WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }
}

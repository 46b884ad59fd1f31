import GRDB

extension SQLiteStateStore {
    /// The schema, one migration per version. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: version1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: version2)
        }
        return migrator
    }

    /// Two audit indexes fewer: every audit event (several per job, one per webhook) paid for five
    /// index entries. Retention now deletes per flow through `audit_flow`, and a job's events are
    /// found through the job's source identity (`audit_source`).
    private static let version2 = """
        DROP INDEX IF EXISTS audit_at;
        DROP INDEX IF EXISTS audit_job;
        """

    private static let version1 = """
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            flow TEXT NOT NULL,
            connection TEXT NOT NULL,
            identity TEXT NOT NULL,
            source_version TEXT NOT NULL,
            payload BLOB NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_run_at REAL NOT NULL,
            lease_owner TEXT,
            lease_expires_at REAL,
            due_at REAL,
            last_error TEXT,
            replays INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE UNIQUE INDEX jobs_dedupe ON jobs(connection, flow, identity, source_version);
        CREATE INDEX jobs_due ON jobs(due_at) WHERE due_at IS NOT NULL;
        CREATE INDEX jobs_state ON jobs(state, flow, connection);
        CREATE INDEX jobs_lease_owner ON jobs(lease_owner) WHERE lease_owner IS NOT NULL;

        CREATE TABLE cursors (
            connection TEXT NOT NULL,
            flow TEXT NOT NULL,
            source TEXT NOT NULL,
            write_date TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (connection, flow, source)
        ) WITHOUT ROWID;

        CREATE TABLE cursor_seen (
            connection TEXT NOT NULL,
            flow TEXT NOT NULL,
            source TEXT NOT NULL,
            record_id TEXT NOT NULL,
            version TEXT NOT NULL,
            write_date TEXT NOT NULL,
            PRIMARY KEY (connection, flow, source, record_id, version)
        ) WITHOUT ROWID;
        CREATE INDEX cursor_seen_age ON cursor_seen(connection, flow, source, write_date);

        CREATE TABLE bindings (
            connection TEXT NOT NULL,
            flow TEXT NOT NULL,
            source_identity TEXT NOT NULL,
            target_id TEXT NOT NULL,
            payload_hash TEXT,
            rule_version TEXT,
            updated_at REAL NOT NULL,
            PRIMARY KEY (connection, flow, source_identity)
        ) WITHOUT ROWID;
        CREATE INDEX bindings_target ON bindings(connection, target_id);

        CREATE TABLE webhook_deliveries (
            connection TEXT NOT NULL,
            system TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            received_at REAL NOT NULL,
            PRIMARY KEY (connection, system, delivery_id)
        ) WITHOUT ROWID;

        CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            job_id INTEGER,
            flow TEXT NOT NULL,
            connection TEXT NOT NULL,
            source_id TEXT,
            target_id TEXT,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX audit_source ON audit_events(source_id, at) WHERE source_id IS NOT NULL;
        CREATE INDEX audit_target ON audit_events(target_id, at) WHERE target_id IS NOT NULL;
        CREATE INDEX audit_flow ON audit_events(flow, at);
        CREATE INDEX audit_at ON audit_events(at);
        CREATE INDEX audit_job ON audit_events(job_id) WHERE job_id IS NOT NULL;

        CREATE TABLE secrets (
            name TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            sealed BLOB NOT NULL,
            updated_at REAL NOT NULL
        ) WITHOUT ROWID;
        """
}

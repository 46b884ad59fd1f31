import Foundation

/// One simulated Odoo server: its database, credentials, version and clock, safe to share between requests.
///
/// Every RPC call is one transaction: it runs alone, is stamped with the clock's time when it starts,
/// and is rolled back entirely if it fails.
public final class OdooInstance: @unchecked Sendable {
    /// The credentials clients must present.
    public let credentials: OdooCredentials
    /// The ORM calls that arrived over XML-RPC, JSON-RPC or JSON-2.
    public let rpcLog = OdooRPCLog()
    private let lock = NSLock()
    private let now: @Sendable () -> Date
    private var database: OdooDatabase
    private var held: [Int: OdooHeldTransaction] = [:]
    private var nextHeld = 1

    /// A server of `version`, reading time from `now` (a controllable clock in tests), with demo data if `seed`.
    public init(
        version: OdooVersion = .v19, credentials: OdooCredentials = OdooCredentials(),
        seed: Bool = true, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.now = now
        self.database = OdooDatabase(models: OdooSchema.models(version), version: version)
        if seed { seedDemoData() }
    }

    /// The version being simulated.
    public var version: OdooVersion { locked { database.version } }

    /// Empties the database (switching version if given) and, if `seed`, reloads the demo data.
    public func reset(version: OdooVersion? = nil, seed: Bool = true) {
        locked {
            let target = version ?? database.version
            database = OdooDatabase(models: OdooSchema.models(target), version: target)
            held = [:]
        }
        if seed { seedDemoData() }
    }

    /// Loads the demo data into the current database.
    public func seedDemoData() {
        locked {
            do {
                try database.transaction(start: OdooTimestamp.string(now()), uid: credentials.uid) {
                    try OdooDemoData.seed(database, credentials: credentials)
                }
            } catch {
                // The demo data is static and valid; an error here is a bug shown by the tests.
                assertionFailure("demo data failed: \(error)")
            }
        }
    }

    /// The current time as a transaction stamp.
    public var currentStamp: String { OdooTimestamp.string(now()) }

    /// Runs `body` as one transaction started now (or at `start`), rolled back if it throws.
    func transaction<T>(start: String? = nil, _ body: (OdooDatabase) throws -> T) throws -> T {
        let stamp = start ?? OdooTimestamp.string(now())
        return try locked {
            try database.transaction(start: stamp, uid: credentials.uid) { try body(database) }
        }
    }

    /// Runs `body` with the database, outside any transaction bookkeeping (reads, schema changes).
    func withDatabase<T>(_ body: (OdooDatabase) throws -> T) rethrows -> T {
        try locked { try body(database) }
    }

    /// `execute_kw` as one transaction.
    public func executeKw(model: String, method: String, args: [OdooValue], kwargs: OdooDict = OdooDict()) throws -> OdooValue {
        try transaction { database in
            try OdooDispatcher.executeKw(database, model: model, method: method, args: args, kwargs: kwargs)
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// A transaction opened through the control API: it takes its start time at `begin`, and its calls
/// run (and become visible) only at `commit`, stamped with that start time.
struct OdooHeldTransaction {
    let start: String
    var calls: [(model: String, method: String, args: [OdooValue], kwargs: OdooDict)] = []
}

extension OdooInstance {
    /// Opens a held transaction stamped now; returns its id and start stamp.
    public func beginHeldTransaction() -> (id: Int, start: String) {
        let start = currentStamp
        return locked {
            let id = nextHeld
            nextHeld += 1
            held[id] = OdooHeldTransaction(start: start)
            return (id, start)
        }
    }

    /// Queues a call in a held transaction; false if there is no such transaction.
    public func queue(in id: Int, model: String, method: String, args: [OdooValue], kwargs: OdooDict) -> Bool {
        locked {
            guard held[id] != nil else { return false }
            held[id]?.calls.append((model, method, args, kwargs))
            return true
        }
    }

    /// Runs the queued calls of a held transaction as one transaction stamped at its start time.
    public func commitHeldTransaction(_ id: Int) throws -> [OdooValue] {
        guard let transaction = locked({ held.removeValue(forKey: id) }) else {
            throw OdooError(.missingError, "no held transaction \(id)")
        }
        return try self.transaction(start: transaction.start) { database in
            try transaction.calls.map {
                try OdooDispatcher.executeKw(database, model: $0.model, method: $0.method, args: $0.args, kwargs: $0.kwargs)
            }
        }
    }
}

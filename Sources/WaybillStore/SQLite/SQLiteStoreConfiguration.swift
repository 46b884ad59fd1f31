import Foundation

/// Settings of the SQLite state store.
public struct SQLiteStoreConfiguration: Sendable {
    /// SQLite's `synchronous` setting in WAL mode.
    public enum Synchronous: String, Sendable {
        /// fsync at every commit: a committed job survives power loss. The default.
        case full = "FULL"
        /// fsync at checkpoints only: survives process crashes (`kill -9`), not power loss.
        case normal = "NORMAL"
    }

    /// How long a write waits for another process's lock before failing with SQLITE_BUSY.
    public var busyTimeout: Duration
    /// Durability of each commit.
    public var synchronous: Synchronous
    /// Maximum concurrent read connections.
    public var maximumReaderCount: Int
    /// Jitter source for retry delays.
    public var random: RandomSource

    /// Creates a configuration.
    public init(
        busyTimeout: Duration = .seconds(5),
        synchronous: Synchronous = .full,
        maximumReaderCount: Int = 4,
        random: RandomSource = .system
    ) {
        self.busyTimeout = busyTimeout
        self.synchronous = synchronous
        self.maximumReaderCount = maximumReaderCount
        self.random = random
    }

    /// The environment variable that overrides the default database path.
    public static let pathEnvironmentVariable = "WAYBILL_DB"

    /// `$WAYBILL_DB`, else `waybill.sqlite` in the current directory.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment[pathEnvironmentVariable], !path.isEmpty { return path }
        return "waybill.sqlite"
    }
}

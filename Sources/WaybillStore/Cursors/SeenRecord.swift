/// A record a poll has processed at one version, remembered inside the lookback window so that a
/// re-read of the same version is dropped while a new version is processed again.
public struct SeenRecord: Sendable, Hashable {
    /// The source record id.
    public var recordID: String
    /// The version that was processed (often the `write_date` itself).
    public var version: String
    /// The record's `write_date`, used to forget entries older than the window.
    public var writeDate: String

    /// Creates a seen-record entry.
    public init(recordID: String, version: String, writeDate: String) {
        self.recordID = recordID
        self.version = version
        self.writeDate = writeDate
    }
}

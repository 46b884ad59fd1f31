import Foundation

/// One stored cursor: its key, its high-water mark and when it last moved (for `waybill status`).
public struct CursorEntry: Sendable, Hashable {
    /// Connection, flow and source.
    public var key: CursorKey
    /// The `(write_date, id)` of the last record read.
    public var position: CursorPosition
    /// When the cursor last moved forward.
    public var updatedAt: Date

    /// Creates an entry.
    public init(key: CursorKey, position: CursorPosition, updatedAt: Date) {
        self.key = key
        self.position = position
        self.updatedAt = updatedAt
    }
}

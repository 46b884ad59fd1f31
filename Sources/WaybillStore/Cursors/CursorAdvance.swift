/// A cursor move, committed in the same transaction as the jobs read from the batch.
public struct CursorAdvance: Sendable, Hashable {
    /// The cursor.
    public var key: CursorKey
    /// The new high-water mark. The stored mark never moves backwards: an older position keeps
    /// the current one.
    public var position: CursorPosition
    /// Records of the batch, remembered as processed at their version.
    public var seen: [SeenRecord]
    /// Forget remembered records whose `writeDate` sorts before this (the start of the lookback
    /// window); `nil` keeps them all.
    public var forgetBefore: String?

    /// Creates a cursor advance.
    public init(key: CursorKey, position: CursorPosition, seen: [SeenRecord] = [], forgetBefore: String? = nil) {
        self.key = key
        self.position = position
        self.seen = seen
        self.forgetBefore = forgetBefore
    }
}

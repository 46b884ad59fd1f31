/// A poll high-water mark: the `(write_date, id)` tuple of the last record read.
///
/// Ordered by `writeDate`, then by `recordID`, so records sharing one `write_date` (Odoo stamps a
/// whole transaction with one time) are still strictly ordered. `writeDate` is compared as text:
/// use a fixed-width, most-significant-first form such as Odoo's `YYYY-MM-DD HH:MM:SS` or ISO 8601
/// in UTC.
public struct CursorPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The record's modification time, as text.
    public var writeDate: String
    /// The record's id, the tie-breaker.
    public var recordID: Int64

    /// Creates a position.
    public init(writeDate: String, recordID: Int64) {
        self.writeDate = writeDate
        self.recordID = recordID
    }

    /// Tuple order: `writeDate` first, `recordID` on ties.
    public static func < (lhs: CursorPosition, rhs: CursorPosition) -> Bool {
        (lhs.writeDate, lhs.recordID) < (rhs.writeDate, rhs.recordID)
    }

    /// `(writeDate, recordID)`.
    public var description: String { "(\(writeDate), \(recordID))" }
}

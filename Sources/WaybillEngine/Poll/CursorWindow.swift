/// The start of a cursor's lookback window, as cursor text.
public enum CursorWindow {
    /// `writeDate` moved back by `lookback`, in the same text shape; `nil` when it is not a
    /// date-time text.
    public static func start(of writeDate: String, lookback: Duration) -> String? {
        WriteDateText.subtract(lookback, from: writeDate)
    }
}

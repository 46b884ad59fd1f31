/// A value that never shows itself: `description`, `debugDescription`, string interpolation,
/// `dump` and mirrors all print `<redacted>`. Call ``reveal()`` at the one place the value is used
/// (e.g. when building an `Authorization` header).
public struct Redacted<Value: Sendable>: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: Value

    /// Wraps a sensitive value.
    public init(_ value: Value) {
        self.value = value
    }

    /// The wrapped value. Do not log it.
    public func reveal() -> Value { value }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }

    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }

    /// A mirror without children, so `dump` and debuggers show nothing.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension Redacted: Equatable where Value: Equatable {}
extension Redacted: Hashable where Value: Hashable {}

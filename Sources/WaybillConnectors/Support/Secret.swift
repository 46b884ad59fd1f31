/// A secret value (password, API key, token) that never prints itself.
///
/// `description`, `debugDescription` and string interpolation all yield `<redacted>`,
/// so a secret that slips into an error message, log line or audit entry stays hidden.
/// Read the value only where it goes on the wire, through ``exposedValue``.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    ExpressibleByStringLiteral
{
    /// The text shown instead of the secret.
    public static let redactedText = "<redacted>"

    private let value: String

    /// Wraps a secret value.
    public init(_ value: String) { self.value = value }

    /// Wraps a secret literal (tests and examples).
    public init(stringLiteral value: String) { self.value = value }

    /// The raw value, for the one place where it is put on the wire.
    public var exposedValue: String { value }

    /// Whether the secret is empty.
    public var isEmpty: Bool { value.isEmpty }

    /// Always `<redacted>`.
    public var description: String { Self.redactedText }

    /// Always `<redacted>`.
    public var debugDescription: String { Self.redactedText }
}

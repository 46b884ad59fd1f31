/// A server setup failure (never raised per request: requests get an ``IntakeResponse``).
public enum ServerError: Error, Sendable, CustomStringConvertible {
    /// The rules or connections cannot be served as configured.
    case configuration(String)

    /// The message.
    public var description: String {
        switch self {
        case .configuration(let message): return "configuration: \(message)"
        }
    }
}

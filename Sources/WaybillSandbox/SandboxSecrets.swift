import Foundation
import WaybillSimulators

/// The sandbox's secrets, in memory (a real deployment keeps them in the encrypted vault).
/// Rotated OAuth2 refresh tokens are written back here, as the vault would store them.
public final class SandboxSecrets: Sendable {
    private let values = Locked<[String: String]>([:])

    /// An empty secret table.
    public init() {}

    /// The value of `name` (empty when unknown: the system then answers 401, as with a wrong secret).
    public func value(_ name: String) -> String { values.withLock { $0[name] ?? "" } }

    /// Sets `name`.
    public func set(_ name: String, _ value: String) { values.withLock { $0[name] = value } }

    /// Every secret value (tests grep logs and audit for them).
    public var allValues: [String] { values.withLock { Array($0.values) } }
}

import Foundation

/// What kind of secret a row holds.
public enum SecretKind: String, Sendable, Hashable, Codable {
    /// A single value (API key, password, webhook secret).
    case value
    /// An OAuth token set (access token, refresh token, expiry).
    case oauthTokens = "oauth_tokens"
}

/// A secret as stored: AES-GCM ciphertext (nonce, ciphertext and tag), bound to its name and kind.
public struct SealedSecret: Sendable, Hashable {
    /// The secret's name, e.g. `shipstation/acme/api_key`.
    public var name: String
    /// Value or token set.
    public var kind: SecretKind
    /// Format byte followed by AES-GCM's combined box.
    public var sealed: Data
    /// When it was stored.
    public var updatedAt: Date

    /// Creates a sealed secret row.
    public init(name: String, kind: SecretKind, sealed: Data, updatedAt: Date) {
        self.name = name
        self.kind = kind
        self.sealed = sealed
        self.updatedAt = updatedAt
    }
}

/// What may be shown about a secret: never its value.
public struct SecretInfo: Sendable, Hashable, Codable {
    /// The name.
    public var name: String
    /// Value or token set.
    public var kind: SecretKind
    /// When it was stored.
    public var updatedAt: Date

    /// Creates a listing entry.
    public init(name: String, kind: SecretKind, updatedAt: Date) {
        self.name = name
        self.kind = kind
        self.updatedAt = updatedAt
    }
}

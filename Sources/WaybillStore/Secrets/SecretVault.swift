import Foundation

/// Named secrets and OAuth token sets, encrypted with the master key before they reach the store.
/// Every write returns only after its transaction committed, so a rotated refresh token is durable
/// before anyone uses it.
public struct SecretVault: Sendable {
    private let store: any StateStore
    private let sealer: SecretSealer

    /// A vault over `store`, encrypting with `key`.
    public init(store: any StateStore, key: MasterKey) {
        self.store = store
        self.sealer = SecretSealer(key: key)
    }

    /// Stores (or replaces) a secret value.
    public func set(_ name: String, to value: Redacted<String>, now: Date = Date()) async throws {
        try Self.validate(name)
        let sealed = try sealer.seal(Data(value.reveal().utf8), name: name, kind: .value)
        try await store.saveSealedSecret(SealedSecret(name: name, kind: .value, sealed: sealed, updatedAt: now))
    }

    /// A secret value; throws ``StoreError/secretNotFound(_:)`` when absent.
    public func value(named name: String) async throws -> Redacted<String> {
        guard let row = try await store.sealedSecret(named: name), row.kind == .value else {
            throw StoreError.secretNotFound(name)
        }
        let bytes = try sealer.open(row.sealed, name: name, kind: .value)
        guard let text = String(data: bytes, encoding: .utf8) else { throw StoreError.secretUnreadable(name) }
        return Redacted(text)
    }

    /// Persists a token set and returns only after the commit: call it with a rotated refresh
    /// token BEFORE using that token, so a crash cannot lose it.
    public func storeToken(_ tokens: OAuthTokenSet, named name: String, now: Date = Date()) async throws {
        try Self.validate(name)
        let json = try JSONEncoder().encode(tokens.plain)
        let sealed = try sealer.seal(json, name: name, kind: .oauthTokens)
        try await store.saveSealedSecret(SealedSecret(name: name, kind: .oauthTokens, sealed: sealed, updatedAt: now))
    }

    /// A stored token set, or `nil`.
    public func token(named name: String) async throws -> OAuthTokenSet? {
        guard let row = try await store.sealedSecret(named: name), row.kind == .oauthTokens else { return nil }
        let bytes = try sealer.open(row.sealed, name: name, kind: .oauthTokens)
        guard let plain = try? JSONDecoder().decode(OAuthTokenSet.Plain.self, from: bytes) else {
            throw StoreError.secretUnreadable(name)
        }
        return OAuthTokenSet(plain: plain)
    }

    /// Names, kinds and times of all secrets; never values.
    public func list() async throws -> [SecretInfo] {
        try await store.secretInfos()
    }

    /// Deletes a secret; returns whether it existed.
    @discardableResult
    public func remove(named name: String) async throws -> Bool {
        try await store.removeSecret(named: name)
    }

    /// Accepts `part/part/…`, each part of letters, digits, `.`, `_`, `-`.
    public static func validate(_ name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        let valid = name.count <= 200 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) }
        guard valid else { throw StoreError.invalidSecretName(name) }
    }
}

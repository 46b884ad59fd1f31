import Foundation

/// Source identity ↔ target record, with the hash of the last payload written to it: the basis of
/// idempotency (an unchanged payload makes no call; an existing binding turns a create into an update).
public struct Binding: Sendable, Hashable {
    /// The source side.
    public var key: BindingKey
    /// The target record's id.
    public var targetID: String
    /// Hash of the last payload written (any stable text, e.g. hex SHA-256).
    public var payloadHash: String?
    /// The rule version that wrote it.
    public var ruleVersion: String?
    /// When it was last written.
    public var updatedAt: Date

    /// Creates a binding.
    public init(key: BindingKey, targetID: String, payloadHash: String?, ruleVersion: String?, updatedAt: Date) {
        self.key = key
        self.targetID = targetID
        self.payloadHash = payloadHash
        self.ruleVersion = ruleVersion
        self.updatedAt = updatedAt
    }
}

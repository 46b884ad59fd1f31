import Crypto
import Foundation

/// The 256-bit key that encrypts every secret at rest. Never printed.
public struct MasterKey: Sendable, CustomStringConvertible, CustomReflectable {
    /// The environment variable holding the base64 key.
    public static let environmentVariable = "WAYBILL_MASTER_KEY"
    /// The environment variable naming a key file (used when no key is given directly).
    public static let fileEnvironmentVariable = "WAYBILL_MASTER_KEY_FILE"

    let key: SymmetricKey

    /// Uses 32 raw bytes as the key.
    public init(bytes: Data) throws {
        guard bytes.count == 32 else {
            throw StoreError.masterKeyInvalid("expected 32 bytes, got \(bytes.count)")
        }
        key = SymmetricKey(data: bytes)
    }

    /// Decodes a base64 text of 32 bytes.
    public init(base64: String) throws {
        let text = base64.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text) else {
            throw StoreError.masterKeyInvalid("not valid base64 (create one with `openssl rand -base64 32`)")
        }
        try self.init(bytes: bytes)
    }

    /// Reads a key file holding either the base64 text or the 32 raw bytes.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.masterKeyInvalid("cannot read key file \(path)")
        }
        if data.count == 32, let raw = try? MasterKey(bytes: data) {
            self = raw
        } else {
            guard let text = String(data: data, encoding: .utf8) else {
                throw StoreError.masterKeyInvalid("key file \(path) is neither 32 raw bytes nor base64 text")
            }
            try self.init(base64: text)
        }
    }

    /// Finds the key: `keyFile` if given, else `WAYBILL_MASTER_KEY`, else the file named by
    /// `WAYBILL_MASTER_KEY_FILE`. Throws ``StoreError/masterKeyMissing`` when there is none.
    public static func load(
        keyFile: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> MasterKey {
        if let keyFile { return try MasterKey(contentsOf: keyFile) }
        if let text = environment[environmentVariable], !text.isEmpty { return try MasterKey(base64: text) }
        if let path = environment[fileEnvironmentVariable], !path.isEmpty { return try MasterKey(contentsOf: path) }
        throw StoreError.masterKeyMissing
    }

    /// A fresh random key (for tests and `waybill` setup).
    public static func generate() -> MasterKey {
        MasterKey(key: SymmetricKey(size: .bits256))
    }

    private init(key: SymmetricKey) { self.key = key }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }

    /// A mirror without children.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

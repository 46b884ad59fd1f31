import Crypto
import Foundation

/// AES-GCM sealing of secret bytes, bound to the secret's name and kind as associated data, so a
/// ciphertext copied onto another row does not decrypt.
struct SecretSealer: Sendable {
    static let formatVersion: UInt8 = 1
    let key: MasterKey

    func seal(_ plaintext: Data, name: String, kind: SecretKind) throws -> Data {
        do {
            let box = try AES.GCM.seal(plaintext, using: key.key, authenticating: Self.context(name, kind))
            guard let combined = box.combined else { throw StoreError.secretUnreadable(name) }
            return Data([Self.formatVersion]) + combined
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.masterKeyInvalid("encryption failed")
        }
    }

    func open(_ sealed: Data, name: String, kind: SecretKind) throws -> Data {
        guard sealed.first == Self.formatVersion else { throw StoreError.secretUnreadable(name) }
        do {
            let box = try AES.GCM.SealedBox(combined: sealed.dropFirst())
            return try AES.GCM.open(box, using: key.key, authenticating: Self.context(name, kind))
        } catch {
            throw StoreError.secretUnreadable(name)
        }
    }

    private static func context(_ name: String, _ kind: SecretKind) -> Data {
        Data("waybill-secret-v1\u{0}\(kind.rawValue)\u{0}\(name)".utf8)
    }
}

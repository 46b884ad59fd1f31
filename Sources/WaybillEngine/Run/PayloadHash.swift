import Crypto
import WaybillExpressions

/// The hash of a mapped payload: hex SHA-256 of its canonical JSON (sorted keys, exact numbers),
/// so equal payloads hash alike whatever order the mapping produced.
enum PayloadHash {
    static func of(_ value: Value) -> String {
        let digest = SHA256.hash(data: Array(value.canonicalJSON.utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

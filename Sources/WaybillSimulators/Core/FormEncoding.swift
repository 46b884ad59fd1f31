import Foundation

/// `application/x-www-form-urlencoded` and query-string encoding.
public enum FormEncoding {
    /// Decodes `a=1&b=x%20y` into ordered pairs (`+` means space).
    public static func decode(_ text: String) -> [(name: String, value: String)] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = unescape(String(pieces[0]))
            let value = pieces.count > 1 ? unescape(String(pieces[1])) : ""
            return (name, value)
        }
    }

    /// Encodes pairs as `a=1&b=x%20y`, escaping everything outside RFC 3986 unreserved characters.
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    /// Percent-encodes every byte outside `A-Z a-z 0-9 - . _ ~` (RFC 3986, as OAuth 1.0a requires)
    /// and outside `keep` (e.g. `/`, which Python's `quote` keeps by default).
    public static func percentEncode(_ text: String, keep: Set<UInt8> = []) -> String {
        var result = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) || keep.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    )

    private static func unescape(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

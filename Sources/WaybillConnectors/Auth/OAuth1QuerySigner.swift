import Crypto
import Foundation

/// OAuth 1.0a one-legged request signing with the parameters in the query string
/// (RFC 5849 §3.4, HMAC-SHA256), as WooCommerce expects over plain http.
///
/// The signature base string is `METHOD&enc(base URL)&enc(sorted, encoded parameters)`;
/// the key is `enc(consumer secret) + "&"` (there is no token secret). The body is not signed.
public struct OAuth1QuerySigner: Sendable {
    /// The consumer key (`ck_…`).
    public var consumerKey: Secret
    /// The consumer secret (`cs_…`).
    public var consumerSecret: Secret

    /// A signer for one consumer.
    public init(consumerKey: Secret, consumerSecret: Secret) {
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
    }

    /// `url` with `oauth_*` parameters and the signature appended to its query.
    public func sign(method: HTTPMethod, url: URL, timestamp: Int, nonce: String) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        var parameters = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        parameters += [
            ("oauth_consumer_key", consumerKey.exposedValue),
            ("oauth_nonce", nonce),
            ("oauth_signature_method", "HMAC-SHA256"),
            ("oauth_timestamp", String(timestamp)),
            ("oauth_version", "1.0"),
        ]
        let signature = self.signature(method: method, components: components, parameters: parameters)
        parameters.append(("oauth_signature", signature))
        components.percentEncodedQuery = parameters.map {
            "\(FormEncoding.percentEncode($0.0))=\(FormEncoding.percentEncode($0.1))"
        }.joined(separator: "&")
        return components.url ?? url
    }

    /// The base64 HMAC-SHA256 signature of the request.
    func signature(method: HTTPMethod, components: URLComponents, parameters: [(String, String)]) -> String {
        let base = Self.baseString(method: method, components: components, parameters: parameters)
        let key = SymmetricKey(data: Data((FormEncoding.percentEncode(consumerSecret.exposedValue) + "&").utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(base.utf8), using: key)
        return Data(mac).base64EncodedString()
    }

    /// The RFC 5849 signature base string.
    static func baseString(method: HTTPMethod, components: URLComponents, parameters: [(String, String)]) -> String {
        var base = components
        base.query = nil
        base.fragment = nil
        base.scheme = base.scheme?.lowercased()
        base.host = base.host?.lowercased()
        if (base.scheme == "http" && base.port == 80) || (base.scheme == "https" && base.port == 443) { base.port = nil }
        let encoded: [(name: String, value: String)] = parameters.map {
            (name: FormEncoding.percentEncode($0.0), value: FormEncoding.percentEncode($0.1))
        }
        let sorted = encoded.sorted { lhs, rhs in
            lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name
        }
        let normalized = sorted.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return [method.rawValue, FormEncoding.percentEncode(base.string ?? ""), FormEncoding.percentEncode(normalized)]
            .joined(separator: "&")
    }
}

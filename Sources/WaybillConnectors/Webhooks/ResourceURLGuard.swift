import Foundation

/// The SSRF guard for URLs that come from outside (webhook `resource_url` pointers, `next`
/// links): a URL is accepted only when its scheme, host and port equal the configured
/// system's base URL. Otherwise our credentials would go to whoever sent it.
public struct ResourceURLGuard: Sendable, Hashable {
    /// Why a URL was refused.
    public enum Rejection: Error, Sendable, Hashable, CustomStringConvertible {
        /// Not an absolute URL with a scheme and host.
        case malformed(String)
        /// Scheme, host or port differ from the system's.
        case foreignOrigin(url: String, expected: String)
        /// Carries user-info (`user:pass@`), which can disguise the real host.
        case userInfo(String)

        /// A one-line explanation (URLs redacted).
        public var description: String {
            switch self {
            case .malformed(let url): return "resource URL '\(url)' is not an absolute http(s) URL"
            case .foreignOrigin(let url, let expected):
                return "resource URL '\(url)' is not on the system's origin \(expected); refused"
            case .userInfo(let url): return "resource URL '\(url)' carries user info; refused"
            }
        }
    }

    /// Scheme of the system (lower-cased).
    public let scheme: String
    /// Host of the system (lower-cased).
    public let host: String
    /// Port of the system (explicit or the scheme's default).
    public let port: Int

    /// A guard for the system whose base URL is `baseURL`; `nil` if it has no scheme or host.
    public init?(baseURL: URL) {
        guard let origin = Self.origin(of: baseURL) else { return nil }
        scheme = origin.scheme
        host = origin.host
        port = origin.port
    }

    /// `scheme://host:port` of the system.
    public var originText: String { "\(scheme)://\(host):\(port)" }

    /// The URL if it is on the system's origin, else the reason for refusing it.
    public func check(_ text: String) -> Result<URL, Rejection> {
        let shown = URLRedactor.redact(text)
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), let origin = Self.origin(of: url) else {
            return .failure(.malformed(shown))
        }
        if url.user != nil || url.password != nil { return .failure(.userInfo(shown)) }
        guard origin.scheme == scheme, origin.host == host, origin.port == port else {
            return .failure(.foreignOrigin(url: shown, expected: originText))
        }
        return .success(url)
    }

    private static func origin(of url: URL) -> (scheme: String, host: String, port: Int)? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host?.lowercased(), !host.isEmpty
        else { return nil }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return (scheme, host.hasSuffix(".") ? String(host.dropLast()) : host, port)
    }
}

import Foundation

/// Removes secrets from URLs before they appear in errors, logs or audit lines.
///
/// Query parameters whose name is one of ``sensitiveNames`` (case-insensitive) keep their
/// name but lose their value, and any user-info part (`user:password@`) is dropped.
public enum URLRedactor {
    /// Query parameter names whose values are replaced by `<redacted>`.
    public static let sensitiveNames: Set<String> = [
        "consumer_secret", "consumer_key", "oauth_signature", "access_token", "refresh_token",
        "api_key", "apikey", "key", "token", "secret", "client_secret", "password", "signature",
        "code", "id_token",
    ]

    /// The URL as text with secret query values and user-info removed.
    public static func redact(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "<unparsable url>"
        }
        components.user = nil
        components.password = nil
        components.fragment = nil
        let items = components.queryItems ?? []
        components.query = nil
        let base = components.string ?? "<unparsable url>"
        guard !items.isEmpty else { return base }
        let query = items.map { item -> String in
            let name = FormEncoding.percentEncode(item.name)
            guard let value = item.value else { return name }
            if sensitiveNames.contains(item.name.lowercased()) { return "\(name)=\(Secret.redactedText)" }
            return "\(name)=\(FormEncoding.percentEncode(value))"
        }
        return base + "?" + query.joined(separator: "&")
    }

    /// Redacts a URL given as text; text that is not a URL is returned unchanged.
    public static func redact(_ text: String) -> String {
        guard let url = URL(string: text), url.scheme != nil else { return text }
        return redact(url)
    }
}

extension CharacterSet {
    /// Characters allowed unescaped in a query value (RFC 3986 unreserved).
    static let waybillQueryValue: CharacterSet = {
        CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    }()
}

import Foundation

/// A validated Odoo base URL and the kind of deployment it names.
///
/// Accepted: Odoo Online `https://<sub>.odoo.com`, Odoo.sh `https://<sub>.odoo.sh`, any
/// self-hosted `https://` URL (a path prefix is allowed), and `http://` only for loopback
/// hosts (local development and tests). Query, fragment and user-info are refused.
public struct OdooBaseURL: Sendable, Hashable {
    /// Where the database is hosted.
    public enum Hosting: Sendable, Hashable {
        /// Odoo Online (`<subdomain>.odoo.com`).
        case online(subdomain: String)
        /// Odoo.sh (`<subdomain>.odoo.sh`).
        case odooSH(subdomain: String)
        /// Any other https host.
        case selfHosted
        /// A loopback host (http allowed).
        case loopback
    }

    /// Why a base URL was refused (the message says how to fix it).
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        /// The explanation.
        public let message: String
        /// The explanation.
        public var description: String { message }
    }

    /// The normalised URL (no trailing slash).
    public let url: URL
    /// The deployment kind.
    public let hosting: Hosting

    /// Validates `text`.
    public init(_ text: String) throws(Invalid) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            let rawHost = components.host, !rawHost.isEmpty
        else {
            throw Invalid(message: "Odoo base URL '\(URLRedactor.redact(trimmed))' is not an absolute URL; write it like https://mycompany.odoo.com")
        }
        let host = rawHost.lowercased()
        guard components.user == nil, components.password == nil else {
            throw Invalid(message: "Odoo base URL must not contain a user or password; put credentials in the connection's secrets")
        }
        guard components.query == nil, components.fragment == nil else {
            throw Invalid(message: "Odoo base URL '\(URLRedactor.redact(trimmed))' must not have a query or fragment; use only scheme, host and optional path")
        }
        let loopback = Self.isLoopback(host)
        guard scheme == "https" || (scheme == "http" && loopback) else {
            if scheme == "http" {
                throw Invalid(message: "Odoo base URL uses http for '\(host)'; use https (http is allowed only for localhost/127.0.0.1/::1)")
            }
            throw Invalid(message: "Odoo base URL has scheme '\(scheme)'; use https")
        }
        let path = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        hosting = try Self.hosting(host: host, path: path, loopback: loopback)
        var normalised = components
        normalised.scheme = scheme
        if rawHost != host { normalised.host = host }
        normalised.path = path
        guard let url = normalised.url else { throw Invalid(message: "Odoo base URL '\(trimmed)' cannot be normalised") }
        self.url = url
    }

    private static func hosting(host: String, path: String, loopback: Bool) throws(Invalid) -> Hosting {
        if loopback { return .loopback }
        for (suffix, name) in [(".odoo.com", "Odoo Online"), (".odoo.sh", "Odoo.sh")] where host.hasSuffix(suffix) || host == String(suffix.dropFirst()) {
            let subdomain = String(host.dropLast(suffix.count))
            guard !subdomain.isEmpty, !subdomain.contains("."), host != String(suffix.dropFirst()) else {
                throw Invalid(message: "\(name) URL must be https://<database>\(suffix), got host '\(host)'")
            }
            guard path.isEmpty else {
                throw Invalid(message: "\(name) URL must not have a path ('\(path)'); use https://\(host)")
            }
            return suffix == ".odoo.com" ? .online(subdomain: subdomain) : .odooSH(subdomain: subdomain)
        }
        return .selfHosted
    }

    /// Whether `host` is a loopback name or address.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare == "localhost" || bare.hasSuffix(".localhost") || bare == "::1" || bare.hasPrefix("127.")
    }
}

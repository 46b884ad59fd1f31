import Foundation

/// An OAuth2 token set. Tokens are ``Redacted``; the set prints without them.
public struct OAuthTokenSet: Sendable, Hashable, CustomStringConvertible {
    /// The access token.
    public var accessToken: Redacted<String>
    /// The refresh token (rotated by some servers at each refresh).
    public var refreshToken: Redacted<String>?
    /// When the access token expires.
    public var expiresAt: Date?
    /// Granted scope, if reported.
    public var scope: String?

    /// Creates a token set.
    public init(accessToken: Redacted<String>, refreshToken: Redacted<String>?, expiresAt: Date?, scope: String? = nil) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
        self.scope = scope
    }

    /// Shows the expiry and scope, never the tokens.
    public var description: String {
        "OAuthTokenSet(accessToken: <redacted>, refreshToken: \(refreshToken == nil ? "nil" : "<redacted>"), "
            + "expiresAt: \(expiresAt.map { "\($0)" } ?? "nil"), scope: \(scope ?? "nil"))"
    }

    /// The plain form that is sealed; internal so it cannot leak through public encoding.
    struct Plain: Codable {
        var accessToken: String
        var refreshToken: String?
        var expiresAt: Double?
        var scope: String?
    }

    var plain: Plain {
        Plain(
            accessToken: accessToken.reveal(), refreshToken: refreshToken?.reveal(),
            expiresAt: expiresAt?.timeIntervalSince1970, scope: scope)
    }

    init(plain: Plain) {
        accessToken = Redacted(plain.accessToken)
        refreshToken = plain.refreshToken.map { Redacted($0) }
        expiresAt = plain.expiresAt.map { Date(timeIntervalSince1970: $0) }
        scope = plain.scope
    }
}

import Foundation

/// Hands out OAuth2 access tokens for one connection, refreshing them single-flight.
///
/// However many workers ask at once, at most one refresh request is in flight; the others
/// await its result. Tokens are refreshed ``OAuth2Configuration/refreshSkew`` before they
/// expire. A rotated refresh token is passed to ``RefreshTokenStore/persist`` and the new
/// access token is released only after that call returns.
public actor OAuth2TokenProvider {
    private let configuration: OAuth2Configuration
    private let transport: any HTTPTransport
    private let now: @Sendable () -> Date
    private var current: (token: Secret, expiresAt: Date)?
    private var refreshToken: Secret?
    private var inFlight: Task<Secret, any Error>?
    /// How many refresh requests were made.
    public private(set) var refreshCount = 0

    /// A provider; `now` is the wall clock (tests pass a controlled one).
    public init(configuration: OAuth2Configuration, transport: any HTTPTransport, now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.transport = transport
        self.now = now
    }

    /// A valid access token, refreshed first if it is missing or about to expire.
    public func accessToken() async throws -> Secret {
        if let current, now() < current.expiresAt.addingTimeInterval(-configuration.refreshSkew.timeInterval) {
            return current.token
        }
        return try await refresh()
    }

    /// Forces a refresh after `rejected` got a 401, unless another caller already replaced it.
    public func refresh(replacing rejected: Secret?) async throws -> Secret {
        if let current, let rejected, current.token != rejected { return current.token }
        return try await refresh()
    }

    private func refresh() async throws -> Secret {
        if let inFlight { return try await inFlight.value }
        let task = Task { try await self.performRefresh() }
        inFlight = task
        do {
            let token = try await task.value
            inFlight = nil
            return token
        } catch {
            inFlight = nil
            throw error
        }
    }

    private func performRefresh() async throws -> Secret {
        let presented: Secret
        if let refreshToken { presented = refreshToken } else { presented = try await configuration.refreshTokens.load() }
        refreshCount += 1
        let grant = try await OAuth2TokenRequest(configuration: configuration, refreshToken: presented).perform(with: transport)
        if let rotated = grant.refreshToken, rotated != presented {
            try await configuration.refreshTokens.persist(rotated)
            refreshToken = rotated
        } else {
            refreshToken = presented
        }
        let lifetime = grant.expiresIn ?? configuration.defaultLifetime
        current = (grant.accessToken, now().addingTimeInterval(lifetime.timeInterval))
        return grant.accessToken
    }
}

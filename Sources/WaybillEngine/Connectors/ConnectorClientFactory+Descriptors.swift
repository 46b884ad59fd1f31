import Foundation
import WaybillConnectors
import WaybillRules

extension ConnectorClientFactory {
    /// The connectors' rate descriptor of a system's rate limit.
    static func descriptor(_ policy: RateLimitPolicy) -> RateLimitDescriptor {
        let shape: RateLimitDescriptor.Policy
        if let requests = policy.requests, let per = policy.per {
            shape = .window(limit: requests, window: per.duration)
        } else if let bucket = policy.bucket {
            shape = .leakyBucket(capacity: bucket.size, leakPerSecond: bucket.leakPerSecond)
        } else {
            shape = .unlimited
        }
        return RateLimitDescriptor(
            policy: shape, limitHeader: policy.headers.limit, remainingHeader: policy.headers.remaining,
            resetHeader: policy.headers.reset, usedOverLimitHeader: policy.headers.usedOfLimit,
            retryAfter: RetryAfterParser(extraHeaderNames: policy.retryAfter.map { [$0] } ?? []))
    }

    /// The connectors' auth scheme of a REST system, with its secrets resolved.
    func auth(
        _ system: SystemDefinition, baseURL: URL, connection: Connection,
        secret: @escaping @Sendable (String) async throws -> String
    ) async throws -> WaybillConnectors.AuthScheme {
        let chosen: WaybillRules.AuthScheme?
        if let declared = system.auth {
            guard let resolved = declared.resolved(choice: connection.auth) else {
                throw EngineError.configuration(
                    "\(system.name): choose an auth scheme with `auth:` on the connection (one of "
                        + "\(declared.choiceNames.joined(separator: ", ")))")
            }
            chosen = resolved
        } else {
            chosen = nil
        }
        switch chosen {
        case nil, .none?:
            return .none
        case .anyOf?:
            throw EngineError.configuration("\(system.name): nested `any_of` auth schemes are not supported")
        case .basic(let username, let password)?:
            return .basic(username: try await secret(username.name), password: Secret(try await secret(password.name)))
        case .apiKeyHeader(let header, let value)?:
            return .apiKeyHeader(name: header, value: Secret(try await secret(value.name)))
        case .bearer(let token)?:
            return .bearer(token: Secret(try await secret(token.name)))
        case .oauth1Query(let key, let consumerSecret, _)?:
            return .oauth1Query(consumerKey: Secret(try await secret(key.name)),
                                consumerSecret: Secret(try await secret(consumerSecret.name)))
        case .odooAPIKey(let key)?:
            return .odooAPIKey(database: connection.database ?? "", login: connection.login ?? "",
                               key: Secret(try await secret(key.name)))
        case .oauth2Refresh(let tokenURL, let clientID, let clientSecret, let refreshToken, let refreshBefore)?:
            // A connection may point at another authorization host (a sandbox, a region, a simulator).
            var tokenURL = tokenURL
            if case .string(let override)? = connection.settings["token_url"] { tokenURL = override }
            guard let url = URL(string: tokenURL, relativeTo: baseURL)?.absoluteURL else {
                throw EngineError.configuration("\(system.name): bad token_url")
            }
            guard let refreshName = connection.secrets[refreshToken.name] else {
                throw EngineError.configuration("\(system.name): no secret for slot `\(refreshToken.name)`")
            }
            let save = saveSecret
            let slot = refreshToken.name
            let store = RefreshTokenStore(
                load: { Secret(try await secret(slot)) },
                persist: { token in try await save(refreshName, token.exposedValue) })
            return .oauth2Refresh(OAuth2Configuration(
                tokenURL: url, clientID: try await secret(clientID.name),
                clientSecret: Secret(try await secret(clientSecret.name)), refreshTokens: store,
                refreshSkew: refreshBefore.duration))
        }
    }
}
